@echo off
rem zi-rules: the zi-rules command line. Runs zi-rules-cli.jar, which lies beside this file, with
rem %JAVA_HOME%\bin\java (or the java on the PATH) and the options in %JAVA_OPTS%. Java 17 or later.
rem
rem Start-up (docs/performance.md, "The launcher"): C1 only (-XX:TieredStopAtLevel=1), and a class-data-sharing
rem archive that the first evaluate, validate or test writes into %ZI_RULES_CACHE% (default
rem %LOCALAPPDATA%\zi-rules; one archive per size and time of the jar, and per command: validate and test also
rem load the rule compiler, evaluate does not; other commands use evaluate's). JAVA_OPTS comes last and wins:
rem set JAVA_OPTS=-XX:TieredStopAtLevel=4 for runs of many thousands of files. ZI_RULES_CACHE=off: no archive.
rem For evaluate, C1 compiles the code run for every file (zi-rules' and Jackson's) after about 32 calls instead of 200
rem (-XX:CompileCommand=CompileThresholdScaling,...,0.16): a run of seconds spends less in the interpreter.
rem The serial collector (-XX:+UseSerialGC), unless JAVA_OPTS names a collector of its own, an option -XX:+Use...GC
rem (two would stop the JVM); other options about the collector (-Xlog:gc, -XX:MaxGCPauseMillis=...) keep it.
setlocal
set "ZI_JAVA=java"
if defined JAVA_HOME set "ZI_JAVA=%JAVA_HOME%\bin\java"
set "ZI_JAR=%~dp0zi-rules-cli.jar"
set "ZI_OPTS=-XX:TieredStopAtLevel=1 -Xlog:cds*=off"
if /i "%~1"=="evaluate" set "ZI_OPTS=%ZI_OPTS% -XX:CompileCommand=quiet"
if /i "%~1"=="evaluate" set ZI_OPTS=%ZI_OPTS% "-XX:CompileCommand=CompileThresholdScaling,io/github/zirules/*.*,0.16"
if /i "%~1"=="evaluate" set ZI_OPTS=%ZI_OPTS% "-XX:CompileCommand=CompileThresholdScaling,com/fasterxml/jackson/*.*,0.16"
set "ZI_GC=-XX:+UseSerialGC"
if defined JAVA_OPTS for %%O in (%JAVA_OPTS%) do call :collector "%%~O"
if defined ZI_GC set "ZI_OPTS=%ZI_OPTS% %ZI_GC%"
set "ZI_CACHE=%ZI_RULES_CACHE%"
if not defined ZI_CACHE set "ZI_CACHE=%LOCALAPPDATA%\zi-rules"
if /i "%ZI_CACHE%"=="off" goto run
if not defined LOCALAPPDATA if not defined ZI_RULES_CACHE goto run
for %%J in ("%ZI_JAR%") do set "ZI_KEY=%%~zJ-%%~tJ"
set "ZI_KEY=%ZI_KEY:/=%"
set "ZI_KEY=%ZI_KEY::=%"
set "ZI_KEY=%ZI_KEY: =-%"
set "ZI_COMMAND=evaluate"
if /i "%~1"=="validate" set "ZI_COMMAND=validate"
if /i "%~1"=="test" set "ZI_COMMAND=test"
set "ZI_JSA=%ZI_CACHE%\zi-rules-%ZI_KEY%-%ZI_COMMAND%.jsa"
if exist "%ZI_JSA%" (
  set "ZI_OPTS=%ZI_OPTS% -XX:SharedArchiveFile="%ZI_JSA%""
  goto run
)
if /i not "%~1"=="evaluate" if /i not "%~1"=="validate" if /i not "%~1"=="test" goto run
if not exist "%ZI_CACHE%" mkdir "%ZI_CACHE%" 2>nul
if not exist "%ZI_CACHE%" goto run
"%ZI_JAVA%" %ZI_OPTS% "-XX:ArchiveClassesAtExit=%ZI_JSA%.tmp" -Dzirules.archive.warm=true %JAVA_OPTS% -jar "%ZI_JAR%" %*
set "ZI_RC=%ERRORLEVEL%"
if exist "%ZI_JSA%.tmp" move /y "%ZI_JSA%.tmp" "%ZI_JSA%" >nul 2>nul
exit /b %ZI_RC%
:run
"%ZI_JAVA%" %ZI_OPTS% %JAVA_OPTS% -jar "%ZI_JAR%" %*
exit /b %ERRORLEVEL%

rem Clears ZI_GC when the option %1 names a collector: it begins with -XX:+Use and ends with GC (case as Java has it).
:collector
set "ZI_OPTION=%~1"
if "%ZI_OPTION:~0,8%"=="-XX:+Use" if "%ZI_OPTION:~-2%"=="GC" set "ZI_GC="
goto :eof
