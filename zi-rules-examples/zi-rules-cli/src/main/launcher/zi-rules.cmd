@echo off
rem zi-rules: the zi-rules command line. Runs zi-rules-cli.jar, which lies beside this file, with
rem %JAVA_HOME%\bin\java (or the java on the PATH) and the options in %JAVA_OPTS%. Java 17 or later.
setlocal
set "ZI_JAVA=java"
if defined JAVA_HOME set "ZI_JAVA=%JAVA_HOME%\bin\java"
"%ZI_JAVA%" %JAVA_OPTS% -jar "%~dp0zi-rules-cli.jar" %*
exit /b %ERRORLEVEL%
