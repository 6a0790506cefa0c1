; Inno Setup 6.3+ script: per-user installer of the Mentor Desk one-folder bundle.
;
; Build on Windows (see README, "Installer for Windows"):
;   py packaging\build.py
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\mentor-desk.iss
; The installer lands in dist\mentor-desk-<version>-setup.exe.
;
; - No administrator rights: PrivilegesRequired=lowest, the program goes to {userpf}
;   (%LOCALAPPDATA%\Programs\Mentor Desk), the shortcut to the user's Start menu.
; - The user's data lives in %LOCALAPPDATA%\MentorDesk, which this script never installs to,
;   never lists for deletion and the uninstaller therefore never touches.
; - The version comes from the version resource of mentor-desk.exe, which the PyInstaller spec
;   generates from pyproject.toml; `ISCC /DAppVersion=1.2.3` overrides it.

#define AppName "Mentor Desk"
#define AppExeName "mentor-desk.exe"
#define AppPublisher "Mentor Desk team"
#define BundleDir AddBackslash(SourcePath) + "..\..\dist\mentor-desk"

#if !FileExists(BundleDir + "\" + AppExeName)
  #error Bundle not found: run "py packaging\build.py" first (dist\mentor-desk\mentor-desk.exe)
#endif

#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\" + AppExeName, "ProductVersion")
#endif
#if AppVersion == ""
  #error mentor-desk.exe has no version resource; pass /DAppVersion=X.Y.Z
#endif

[Setup]
; Never change AppId: upgrades and the uninstaller find the installed copy by it.
AppId={{E13B4BAC-BF5B-48F0-87D4-581C56AE98DC}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=MIT License
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} setup
; Per user, without administrator rights.
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Close a running copy before files are replaced or removed.
CloseApplications=yes
RestartApplications=no
SetupIconFile=..\..\resources\icons\mentor-desk.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\..\dist
OutputBaseFilename=mentor-desk-{#AppVersion}-setup
ShowLanguageDialog=no

[Languages]
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: mentor-desk.exe (windowed), mentor-desk-cli.exe (console, for
; check/stats/demo) and _internal\. Only these files are recorded for uninstallation.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program folder's _internal completely, so files dropped from a newer
; bundle do not linger. Only inside {app}; the data folder is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "Рабочее место куратора наставничества"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes only what [Files] installed.
; The database, backups and logs in %LOCALAPPDATA%\MentorDesk stay, so reinstalling (or
; installing a newer version) finds the school's data where it was.
