using System;

namespace SaePowerShell.Core.Credentials;

/// <summary>Where settings are read from; an interface so tests never touch the real process environment.</summary>
internal interface IEnvironment
{
    string? Get(string name);
}

internal sealed class ProcessEnvironment : IEnvironment
{
    public static readonly ProcessEnvironment Instance = new ProcessEnvironment();

    public string? Get(string name)
    {
        string? value = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
