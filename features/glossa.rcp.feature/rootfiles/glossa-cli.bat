@echo off
rem The headless Glossa command line on Windows (bundle glossa.cli): sections, annotate, list, stats, types, export, import, ...
rem   glossa-cli --help
rem Runs the core bundles on a plain class path (no OSGi, no display), like the glossa-cli shell script.
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
set "CP="
for %%B in (glossa.model glossa.core glossa.exchange glossa.exchange.pdf glossa.convert glossa.team glossa.suggest glossa.search glossa.cli org.apache.pdfbox org.apache.pdfbox.fontbox org.apache.pdfbox.io org.apache.commons.commons-logging org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi org.eclipse.emf.ecore.change org.eclipse.emf.edit org.eclipse.equinox.common org.eclipse.osgi com.ibm.icu org.eclipse.jgit org.eclipse.jgit.ssh.apache org.apache.sshd.osgi org.apache.sshd.sftp com.googlecode.javaewah.JavaEWAH org.apache.commons.commons-codec slf4j.api slf4j.nop picocli com.fasterxml.jackson.core.jackson-core org.jsoup org.apache.lucene.core) do (
  set "JAR="
  for %%L in ("%HERE%plugins\%%B_*.jar") do set "JAR=%%~fL"
  if not defined JAR (
    echo glossa-cli: %HERE%plugins\%%B_*.jar is missing; is this a complete Glossa install? 1>&2
    exit /b 2
  )
  if defined CP (set "CP=!CP!;!JAR!") else (set "CP=!JAR!")
)
"%JAVA%" -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 %GLOSSA_VMARGS% -cp "%CP%" glossa.cli.GlossaCli %*
exit /b %ERRORLEVEL%
:nojava
echo glossa-cli: no Java 21 or newer found; set JAVA_HOME or GLOSSA_JAVA to a JDK ^>= 21. 1>&2
exit /b 2
