# The build file stays short enough to read whole (its helpers live in tools/common.ps1 and tools/psake-tasks.ps1), and
# its help tells the truth about its tasks.
BeforeAll {
    $script:BuildFile = (Resolve-Path (Join-Path $PSScriptRoot '../../psake.ps1')).Path
    # Tasks psake.ps1 runs only as steps of others: CompileModule of Build, RestorePester of Pester and CultureTest.
    $script:Steps = 'CompileModule', 'RestorePester'
    $script:TaskNames = @([regex]::Matches((Get-Content $BuildFile -Raw), '(?m)^Task (\w+)') | ForEach-Object { $_.Groups[1].Value } | Where-Object { $_ -notin $Steps })
}

Describe 'psake.ps1' {
    It 'has at most 250 lines' {
        @(Get-Content $BuildFile).Count | Should -BeLessOrEqual 250
    }

    It 'defines the tasks its help is about' {
        $TaskNames | Should -Contain 'Test'
        $TaskNames | Should -Contain 'CultureTest'
        $TaskNames.Count | Should -BeGreaterThan 10
    }

    It 'lists every task in the table of its help, and offers it to tab completion' {
        $description = ((Get-Help $BuildFile).description | ForEach-Object Text) -join "`n"
        $completion = (Get-Command $BuildFile).Parameters['TaskList'].Attributes | Where-Object { $_ -is [System.Management.Automation.ArgumentCompleterAttribute] }
        foreach ($task in $TaskNames) {
            $description | Should -Match "(?m)^$task\s" -Because "the help's table has a row for the $task task"
            $completion.ScriptBlock.ToString() | Should -Match "'$task'" -Because "-TaskList completes $task"
        }
    }
}
