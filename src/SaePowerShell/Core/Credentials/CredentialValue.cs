using System.Collections.Generic;

namespace SaePowerShell.Core.Credentials;

/// <summary>
/// Checks a value that goes into a header or a signature, as it is read: the AccessKey id, the secret, the token.
/// Whatever their source (a parameter, a variable, a profile file, STS, instance metadata, a credentials URI), they
/// are printable ASCII without spaces. A line break at the end, which files and Get-Content -Raw leave, is trimmed
/// and said; anything else that is not visible (a control character, CR or LF inside, a non-ASCII letter) is an
/// error that names the source and never the value, before anything is sent. Such a value smuggled into a header
/// could split one request into two, or silently drop the Authorization header.
/// </summary>
internal static class CredentialValue
{
    public static string Check(string value, string what, string source, List<string> notes)
    {
        string trimmed = value.TrimEnd('\r', '\n', ' ', '\t');
        if (trimmed.Length != value.Length)
        {
            notes.Add("White space at the end of the " + what + " from " + source + " (a line break, as files and Get-Content -Raw leave) was trimmed.");
        }

        for (int i = 0; i < trimmed.Length; i++)
        {
            char c = trimmed[i];
            if (c <= ' ' || c > '~')
            {
                string kind = c == '\r' || c == '\n' ? "a line break" : c == ' ' ? "a space" : c < ' ' || c == '\u007f' ? "a control character" : "a character that is not printable ASCII";
                throw new SaeConfigurationException("InvalidCredentialValue",
                    "The " + what + " from " + source + " contains " + kind + " at position " + (i + 1) + " of " + trimmed.Length
                    + "; it was not used, and nothing was sent. Check that source for a stray space, line break or pasted character.");
            }
        }

        return trimmed;
    }
}
