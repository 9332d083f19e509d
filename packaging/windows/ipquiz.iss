; Inno Setup 6 script: a Windows installer for the onedir bundle.
; NOT YET VERIFIED: no Windows machine builds this project yet (see packaging/README.md).
;
;   py packaging\build.py --smoke
;   iscc /DAppVersion=0.1.0 packaging\windows\ipquiz.iss
;
; writes dist\ipquiz-0.1.0-setup.exe. AppVersion must be ipquiz.__version__ (build.py
; prints it). The app's user data lives in %LOCALAPPDATA%\ipquiz, never in {app}, so an
; upgrade or uninstall keeps every result.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z packaging\windows\ipquiz.iss
#endif

[Setup]
; Never change AppId: Windows knows the installed app by it.
AppId={{BB70B1E2-3C2B-5C5E-B15B-45A161C26926}
AppName=IP Quiz
AppVersion={#AppVersion}
AppVerName=IP Quiz {#AppVersion}
AppPublisher=ipquiz team
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\IP Quiz
DefaultGroupName=IP Quiz
DisableProgramGroupPage=yes
; Per-user install without administrator rights is offered too (lab and home PCs).
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=ipquiz-{#AppVersion}-setup
SetupIconFile=resources\icons\ipquiz.ico
UninstallDisplayIcon={app}\ipquiz.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Chinese set-up pages: add ChineseSimplified.isl from Inno Setup's translations page.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
; The kiosk flag arrives with the kiosk issue. A sign-in shortcut does not restart a
; crashed app: for an unattended kiosk use Windows Assigned Access or a scheduled task
; with "restart on failure" (packaging/README.md).
Name: "kiosk"; Description: "Start IP Quiz in kiosk mode when this user signs in"; Flags: unchecked

[InstallDelete]
; The bundle is replaced whole on upgrade: never a mix of two versions' libraries.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "dist\ipquiz\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\IP Quiz"; Filename: "{app}\ipquiz.exe"
Name: "{autodesktop}\IP Quiz"; Filename: "{app}\ipquiz.exe"; Tasks: desktopicon
Name: "{userstartup}\IP Quiz (kiosk)"; Filename: "{app}\ipquiz.exe"; Parameters: "--kiosk"; Tasks: kiosk

[Run]
Filename: "{app}\ipquiz.exe"; Description: "{cm:LaunchProgram,IP Quiz}"; Flags: nowait postinstall skipifsilent
