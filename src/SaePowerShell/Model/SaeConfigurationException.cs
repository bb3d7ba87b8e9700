namespace SaePowerShell;

/// <summary>The module lacks what it needs to make a call, or was given something it cannot use: credentials, a region, an endpoint, a value.</summary>
public sealed class SaeConfigurationException : SaeException
{
    /// <summary>Creates the exception with a message that says how to fix the setup.</summary>
    public SaeConfigurationException(string errorId, string message)
        : base(errorId, SaeErrorCategory.InvalidOperation, message, null)
    {
    }

    /// <summary>A value the user gave that cannot be used (InvalidArgument), rather than a set-up that is missing.</summary>
    internal SaeConfigurationException(string errorId, string message, SaeErrorCategory category)
        : base(errorId, category, message, null)
    {
    }
}
