# Registers the kiosk autostart task for the signed-in (kiosk) account:
#
#   powershell -ExecutionPolicy Bypass -File install-kiosk-task.ps1            # install
#   powershell -ExecutionPolicy Bypass -File install-kiosk-task.ps1 -Remove    # remove
#
# The task starts ipquiz-kiosk.ps1 (the restart loop, next to ipquiz.exe) hidden at
# sign-in, with no time limit, and restarts the loop itself should it ever fail. The
# account needs automatic sign-in (netplwiz, or Assigned Access for a locked-down kiosk).
#
# Written to Microsoft's ScheduledTasks documentation; not yet run on a Windows kiosk.
param(
    [string]$AppDir = "$env:ProgramFiles\IP Quiz",
    [switch]$Remove
)

$name = "IP Quiz kiosk"
if ($Remove) {
    Unregister-ScheduledTask -TaskName $name -Confirm:$false
    return
}
$loop = Join-Path $AppDir "ipquiz-kiosk.ps1"
if (-not (Test-Path $loop)) { $loop = Join-Path $PSScriptRoot "ipquiz-kiosk.ps1" }
$action = New-ScheduledTaskAction -Execute "powershell.exe" `
    -Argument "-NoProfile -ExecutionPolicy Bypass -WindowStyle Hidden -File `"$loop`" -Program `"$AppDir\ipquiz.exe`""
$trigger = New-ScheduledTaskTrigger -AtLogOn -User "$env:USERDOMAIN\$env:USERNAME"
$settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit ([TimeSpan]::Zero) `
    -RestartCount 999 -RestartInterval (New-TimeSpan -Minutes 1) `
    -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries -StartWhenAvailable
$principal = New-ScheduledTaskPrincipal -UserId "$env:USERDOMAIN\$env:USERNAME" -LogonType Interactive
Register-ScheduledTask -TaskName $name -Action $action -Trigger $trigger -Settings $settings `
    -Principal $principal -Description "Starts ipquiz --kiosk at sign-in and again if it dies." -Force
