@echo off
rem pushcheck's launcher for Windows: the serial collector, as the shell script `pushcheck` beside it
rem explains (without its class-data archive).
setlocal
set "PUSHCHECK_JAR=%~dp0pushcheck.jar"
if not exist "%PUSHCHECK_JAR%" set "PUSHCHECK_JAR=%~dp0validator-cli\target\pushcheck.jar"
if not exist "%PUSHCHECK_JAR%" (
  echo pushcheck: no pushcheck.jar next to %~f0 nor in %~dp0validator-cli\target ^(build it: mvnw -q -DskipTests install^) 1>&2
  exit /b 2
)
set "PUSHCHECK_JAVA=java"
if defined JAVA_HOME set "PUSHCHECK_JAVA=%JAVA_HOME%\bin\java"
"%PUSHCHECK_JAVA%" -XX:+UseSerialGC %PUSHCHECK_JAVA_OPTS% -jar "%PUSHCHECK_JAR%" %*
exit /b %ERRORLEVEL%
