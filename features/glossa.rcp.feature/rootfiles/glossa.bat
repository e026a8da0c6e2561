@echo off
rem Starts the Glossa workbench with a JDK >= 21 on Windows.
setlocal enabledelayedexpansion
set "HERE=%~dp0"
set "JAVA="
if defined GLOSSA_JAVA set "JAVA=%GLOSSA_JAVA%"
if not defined JAVA if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do set "JAVA=%%~$PATH:J"
if not defined JAVA goto nojava
if not exist "%JAVA%" goto nojava
set "MAJOR="
for /f "tokens=2 delims==" %%V in ('"%JAVA%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "MAJOR=%%V"
set "MAJOR=%MAJOR: =%"
for /f "delims=." %%M in ("%MAJOR%") do set "MAJOR=%%M"
if "%MAJOR%"=="" goto nojava
if %MAJOR% LSS 21 goto nojava
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%L"
if not defined LAUNCHER (
  echo glossa: %HERE%plugins\org.eclipse.equinox.launcher_*.jar is missing; is this a complete Glossa install? 1>&2
  exit /b 2
)
if not defined GLOSSA_WORKSPACE set "GLOSSA_WORKSPACE=%USERPROFILE%\glossa-workspace"
"%JAVA%" -Xmx2g -Dfile.encoding=UTF-8 -jar "%LAUNCHER%" -data "%GLOSSA_WORKSPACE%" %*
exit /b %ERRORLEVEL%
:nojava
echo glossa: no Java 21 or newer found. 1>&2
echo   Glossa needs a JDK ^>= 21. Install one (e.g. Temurin 21 or 25) and set JAVA_HOME to it, or set GLOSSA_JAVA to java.exe. 1>&2
exit /b 2
