package dev.pushcheck;

import tools.jackson.databind.JsonNode;

/**
 * A generated change to a conforming example and the error it must cause.
 *
 * @param description what was changed, for the test name
 * @param message the mutated message
 * @param pointer where the error must be reported
 * @param rule the rule the error must have
 */
record Mutation(String description, JsonNode message, String pointer, Rule rule) {}
