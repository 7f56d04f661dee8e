; Inno Setup script: a per-machine installer for the folder built by packaging/build.py.
; Build on Windows: iscc packaging\windows\installer.iss  (after python packaging\build.py)
#define AppName "Privacy Desk"
#define AppVersion GetEnv("PRIVACY_DESK_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E1C3A52-3B7D-4F0E-9A61-5D2B7C0E4F21}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=GMO Commerce, Inc.
DefaultDirName={autopf}\Privacy Desk
DefaultGroupName=Privacy Desk
OutputDir=..\..\dist
OutputBaseFilename=PrivacyDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\build\privacy-desk.ico
UninstallDisplayIcon={app}\PrivacyDesk.exe
WizardStyle=modern

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\PrivacyDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Privacy Desk"; Filename: "{app}\PrivacyDesk.exe"
Name: "{autodesktop}\Privacy Desk"; Filename: "{app}\PrivacyDesk.exe"; Tasks: desktopicon

[Run]
; An office that shares one PostgreSQL database sets PRIVACY_DESK_DB for all users, or each desk
; enters the URL once in File > Settings. The per-user SQLite database needs nothing.
Filename: "{app}\PrivacyDesk.exe"; Description: "{cm:LaunchProgram,Privacy Desk}"; Flags: nowait postinstall skipifsilent
