@echo off
rem Starts the Stratagem workbench of this folder with Java 17 or newer (JAVA_HOME's, else the first
rem java.exe on PATH). The product has no native launcher (it is not on Maven Central): Java starts the
rem Equinox launcher, so JVM options go in STRATAGEM_WORKBENCH_JAVA_OPTS, not in an eclipse.ini.
rem Workspace: %STRATAGEM_WORKSPACE%, by default %USERPROFILE%\stratagem-workspace. Other arguments go to Eclipse.
rem No variable is expanded inside a parenthesized block: a path such as "C:\Program Files (x86)" would end it.
setlocal
set "STRATAGEM_LAUNCHER="
for %%f in ("%~dp0plugins\org.eclipse.equinox.launcher_*.jar") do set "STRATAGEM_LAUNCHER=%%~ff"
if defined STRATAGEM_LAUNCHER goto findJava
echo stratagem-workbench: no Equinox launcher in %~dp0plugins: unpack the whole archive again 1>&2
exit /b 2

:findJava
set "STRATAGEM_JAVA=java.exe"
set "STRATAGEM_JAVAW=javaw.exe"
if not defined JAVA_HOME goto findJavaOnPath
if not exist "%JAVA_HOME%\bin\javaw.exe" goto findJavaOnPath
set "STRATAGEM_JAVA=%JAVA_HOME%\bin\java.exe"
set "STRATAGEM_JAVAW=%JAVA_HOME%\bin\javaw.exe"
goto checkVersion

:findJavaOnPath
where javaw.exe >nul 2>&1
if not errorlevel 1 goto checkVersion
echo stratagem-workbench: no Java found: install a Java 17 (or newer) runtime, e.g. Eclipse Temurin from https://adoptium.net, and put it on PATH or set JAVA_HOME 1>&2
exit /b 2

:checkVersion
rem "java -version" prints e.g.: openjdk version "17.0.15" 2025-04-15, or java version "1.8.0_402";
rem "call" keeps cmd from removing the quotes around the java path
set "STRATAGEM_JAVA_VERSION="
for /f "tokens=3" %%v in ('call "%STRATAGEM_JAVA%" -version 2^>^&1 ^| findstr /i /c:version') do if not defined STRATAGEM_JAVA_VERSION set "STRATAGEM_JAVA_VERSION=%%~v"
set "STRATAGEM_JAVA_MAJOR=0"
for /f "delims=.-+ tokens=1,2" %%a in ("%STRATAGEM_JAVA_VERSION%") do if "%%a"=="1" (set "STRATAGEM_JAVA_MAJOR=%%b") else (set "STRATAGEM_JAVA_MAJOR=%%a")
if %STRATAGEM_JAVA_MAJOR% GEQ 17 goto run
echo stratagem-workbench: needs Java 17 or newer, but %STRATAGEM_JAVA% is version %STRATAGEM_JAVA_VERSION%: install a Java 17 (or newer) runtime, e.g. Eclipse Temurin from https://adoptium.net 1>&2
exit /b 2

:run
if not defined STRATAGEM_WORKSPACE set "STRATAGEM_WORKSPACE=%USERPROFILE%\stratagem-workspace"
if not defined STRATAGEM_WORKBENCH_JAVA_OPTS set "STRATAGEM_WORKBENCH_JAVA_OPTS=-Xmx2g"
rem javaw: no console window stays open behind the workbench
start "Stratagem" "%STRATAGEM_JAVAW%" %STRATAGEM_WORKBENCH_JAVA_OPTS% -jar "%STRATAGEM_LAUNCHER%" -data "%STRATAGEM_WORKSPACE%" %*
