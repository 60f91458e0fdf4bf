package dev.pushcheck;

import java.util.ArrayList;
import java.util.List;

/** Collects what a run reports, in order: the tests' reporter. */
class RecordingReporter implements Reporter {
  final List<MessageResult> results = new ArrayList<>();
  final List<InputError> errors = new ArrayList<>();
  Summary summary;

  @Override
  public void message(MessageResult result) {
    results.add(result);
  }

  @Override
  public void inputError(InputError error) {
    errors.add(error);
  }

  @Override
  public void finish(Summary s) {
    summary = s;
  }
}
