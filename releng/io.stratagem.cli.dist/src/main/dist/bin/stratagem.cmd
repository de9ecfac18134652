@echo off
rem Starts the Stratagem command line of this distribution with Java 17 or newer
rem (JAVA_HOME's, else the first java.exe on PATH). JVM options can be passed in STRATAGEM_JAVA_OPTS.
rem No variable is expanded inside a parenthesized block: a path such as "C:\Program Files (x86)" would end it.
setlocal
set "STRATAGEM_HOME=%~dp0.."

set "STRATAGEM_JAVA=java.exe"
if not defined JAVA_HOME goto findJavaOnPath
if not exist "%JAVA_HOME%\bin\java.exe" goto findJavaOnPath
set "STRATAGEM_JAVA=%JAVA_HOME%\bin\java.exe"
goto checkVersion

:findJavaOnPath
where java.exe >nul 2>&1
if not errorlevel 1 goto checkVersion
echo stratagem: no Java found. Install a Java 17 (or newer) runtime, e.g. Eclipse Temurin from https://adoptium.net, and put it on PATH or set JAVA_HOME. 1>&2
exit /b 2

:checkVersion
rem "java -version" prints e.g.: openjdk version "17.0.15" 2025-04-15, or java version "1.8.0_402";
rem "call" keeps cmd from removing the quotes around the java path
set "STRATAGEM_JAVA_VERSION="
for /f "tokens=3" %%v in ('call "%STRATAGEM_JAVA%" -version 2^>^&1 ^| findstr /i /c:version') do if not defined STRATAGEM_JAVA_VERSION set "STRATAGEM_JAVA_VERSION=%%~v"
set "STRATAGEM_JAVA_MAJOR=0"
for /f "delims=.-+ tokens=1,2" %%a in ("%STRATAGEM_JAVA_VERSION%") do if "%%a"=="1" (set "STRATAGEM_JAVA_MAJOR=%%b") else (set "STRATAGEM_JAVA_MAJOR=%%a")
if %STRATAGEM_JAVA_MAJOR% GEQ 17 goto run
echo stratagem: needs Java 17 or newer, but %STRATAGEM_JAVA% is version %STRATAGEM_JAVA_VERSION%. Install a Java 17 (or newer) runtime, e.g. Eclipse Temurin from https://adoptium.net, and put it on PATH or set JAVA_HOME. 1>&2
exit /b 2

:run
rem Batch commands (all but lsp and serve) hold a whole model set at once: their heap follows the
rem machine (half its memory), unless the user chose a heap (-Xmx, -XX:MaxHeapSize, -XX:MaxRAM...).
rem G1 grows it only when collections take a large share of the time, and gives back what is more
rem than 30 % free: resident memory follows the live data (see bin/stratagem).
set "STRATAGEM_HEAP=-XX:MaxRAMPercentage=50 -XX:+UseG1GC -XX:GCTimeRatio=2 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
if /i "%~1"=="lsp" set "STRATAGEM_HEAP="
if /i "%~1"=="serve" set "STRATAGEM_HEAP="
echo( %STRATAGEM_JAVA_OPTS% %JAVA_TOOL_OPTIONS% %JDK_JAVA_OPTIONS% | findstr /i /c:" -Xmx" /c:" -XX:MaxHeapSize=" /c:" -XX:MaxRAM" >nul && set "STRATAGEM_HEAP="
set "STRATAGEM_JAVA_OPTS=%STRATAGEM_HEAP% %STRATAGEM_JAVA_OPTS%"

rem A one-shot command is over before the optimizing compiler pays off; the language server and the
rem browser workbench run for hours and get it.
set "STRATAGEM_JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="lsp" set "STRATAGEM_JIT="
if /i "%~1"=="serve" set "STRATAGEM_JIT="
rem The language server and the browser workbench: resident memory follows the live model (G1 collects
rem after a minute idle and gives back what is more than 30 % free); see bin/stratagem.
set "STRATAGEM_SERVER_MEMORY="
if /i "%~1"=="lsp" set "STRATAGEM_SERVER_MEMORY=-XX:+UseG1GC -XX:G1PeriodicGCInterval=60000 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
if /i "%~1"=="serve" set "STRATAGEM_SERVER_MEMORY=-XX:+UseG1GC -XX:G1PeriodicGCInterval=60000 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"

"%STRATAGEM_JAVA%" %STRATAGEM_SERVER_MEMORY% %STRATAGEM_JAVA_OPTS% %STRATAGEM_JIT% -cp "%STRATAGEM_HOME%\lib\*" io.stratagem.cli.Main %*
exit /b %ERRORLEVEL%
