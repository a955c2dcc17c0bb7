; Inno Setup script: the Windows installer (Chinese) for the one-folder bundle. Built on Windows 10 or later with
; Inno Setup 6.5+ (it carries Languages\ChineseSimplified.isl; for an older 6.x put that file from
; https://jrsoftware.org/files/istrans/ into its Languages folder). See README.md, "Windows 安装包".
;   py -3.11 -m venv .venv
;   .venv\Scripts\pip install -e .[bundle]
;   .venv\Scripts\python -m PyInstaller packaging\gkdesk.spec --noconfirm --distpath dist --workpath build\pyinstaller
;   dist\gkdesk\gkdesk-cli.exe --smoke
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\gkdesk.iss
; gives dist\gkdesk-setup-<version>.exe. The data folder (%LOCALAPPDATA%\gkdesk) is never installed over or removed.

#define VersionFile FileOpen(AddBackslash(SourcePath) + "..\..\dist\gkdesk\VERSION")
#if VersionFile == 0
  #error 没有找到 dist\gkdesk\VERSION：请先用 PyInstaller 打包（见本文件开头）。
#endif
#define AppVersion Trim(FileRead(VersionFile))
#expr FileClose(VersionFile)
#if Pos("portable", AppVersion) > 0
  #error dist\gkdesk 是便携版（GKDESK_PORTABLE=1），安装包要用普通版重新打包。
#endif
#define AppTitle "基层政务公开工作台"

[Setup]
AppId={{6E3F5C2A-8B1D-4C7E-9A55-2D4B7F1E9C03}
AppName={#AppTitle}
AppVersion={#AppVersion}
AppVerName={#AppTitle} {#AppVersion}
AppPublisher=gkdesk
; an ASCII folder name: some township PCs still run old tools that break on Chinese paths
DefaultDirName={autopf}\gkdesk
DefaultGroupName={#AppTitle}
; a clerk without administrator rights installs for herself; an administrator may install for everyone
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=gkdesk-setup-{#AppVersion}
SetupIconFile=..\icons\gkdesk.ico
UninstallDisplayIcon={app}\gkdesk.exe
UninstallDisplayName={#AppTitle}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
CloseApplications=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Messages]
chinesesimplified.UninstalledAll=%1 已从本机卸载。%n%n数据文件夹（用户目录下的 AppData\Local\gkdesk）中的数据库、备份和附件都保留未动；确认不再需要后，可手工删除。

[CustomMessages]
chinesesimplified.DesktopIcon=在桌面创建“{#AppTitle}”快捷方式
chinesesimplified.LaunchApp=立即打开{#AppTitle}
chinesesimplified.UninstallTitle=卸载{#AppTitle}

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; a portable copy's data must never go into Program Files
Source: "..\..\dist\gkdesk\*"; DestDir: "{app}"; Excludes: "gkdesk-data,gkdesk.desktop,install.sh"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppTitle}"; Filename: "{app}\gkdesk.exe"
Name: "{group}\{cm:UninstallTitle}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppTitle}"; Filename: "{app}\gkdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\gkdesk.exe"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent
