using SaePowerShell.Emulator.Hosting;

return await EmulatorProcess.RunAsync(args, Console.Out, Console.Error);
