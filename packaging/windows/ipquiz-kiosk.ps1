# Keeps `ipquiz --kiosk` running on a Windows kiosk: started at sign-in by the scheduled
# task that install-kiosk-task.ps1 registers, it starts ipquiz again 3 s after it dies
# (a crash or any non-zero exit code); an operator who quits from the admin panel (exit
# code 0) ends the loop. Task Scheduler's own "restart on failure" only covers a task
# that fails to start, not a program that exits later, hence this loop.
#
# Written to Microsoft's documentation; not yet run on a Windows kiosk (see docs/kiosk.md).
param(
    [string]$Program = (Join-Path $PSScriptRoot "ipquiz.exe"),
    [string]$DataDir = (Join-Path $env:LOCALAPPDATA "ipquiz")
)

$env:IPQUIZ_DATA_DIR = $DataDir
while ($true) {
    $process = Start-Process -FilePath $Program -ArgumentList "--kiosk" -PassThru -Wait
    if ($process.ExitCode -eq 0) { break }
    Start-Sleep -Seconds 3
}
