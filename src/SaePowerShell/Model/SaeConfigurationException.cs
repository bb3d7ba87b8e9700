using System;

namespace SaePowerShell;

/// <summary>The module lacks what it needs to make any call: credentials, a region or a usable endpoint.</summary>
public sealed class SaeConfigurationException : Exception
{
    /// <summary>Creates the exception with a message that says how to fix the setup.</summary>
    public SaeConfigurationException(string errorId, string message)
        : base(message)
    {
        ErrorId = errorId;
    }

    /// <summary>A stable id for the problem, used as the ErrorRecord's ErrorId.</summary>
    public string ErrorId { get; }
}
