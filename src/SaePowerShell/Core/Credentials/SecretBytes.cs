using System;
using System.Runtime.InteropServices;
using System.Security;
using System.Text;

namespace SaePowerShell.Core.Credentials;

/// <summary>
/// An AccessKey secret as UTF-8 bytes, which the signers key their HMAC with, and which Disconnect-SaeAccount clears.
/// A secret given as a SecureString (-Credential, -AccessKeySecret) becomes these bytes without ever being a
/// managed string, so no immutable copy of it is left for the garbage collector to keep. A secret read from an
/// environment variable or a profile file was a string before it came here; that copy is the platform's, not ours.
/// </summary>
internal sealed class SecretBytes
{
    private byte[]? _utf8;

    private SecretBytes(byte[] utf8) => _utf8 = utf8;

    /// <summary>Whether Disconnect-SaeAccount has cleared it.</summary>
    public bool IsCleared => _utf8 is null;

    public static SecretBytes FromString(string secret) => new SecretBytes(Encoding.UTF8.GetBytes(secret));

    public static SecretBytes FromSecureString(SecureString secret)
    {
        IntPtr unmanaged = IntPtr.Zero;
        var chars = new char[secret.Length];
        try
        {
            unmanaged = Marshal.SecureStringToGlobalAllocUnicode(secret);
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)Marshal.ReadInt16(unmanaged, i * 2);
            }

            return new SecretBytes(Encoding.UTF8.GetBytes(chars));
        }
        finally
        {
            Array.Clear(chars, 0, chars.Length);
            if (unmanaged != IntPtr.Zero)
            {
                Marshal.ZeroFreeGlobalAllocUnicode(unmanaged);
            }
        }
    }

    /// <summary>The bytes, for a signer: do not keep them. A cleared secret cannot sign.</summary>
    public byte[] Key => _utf8 ?? throw new SaeConfigurationException("CredentialCleared",
        "This credential was cleared by Disconnect-SaeAccount; connect again, or give a credential on the command.");

    /// <summary>The key with a suffix (the RPC scheme keys with secret + "&amp;"), in a new array the caller clears.</summary>
    public byte[] KeyWith(char suffix)
    {
        byte[] key = Key;
        var with = new byte[key.Length + 1];
        Buffer.BlockCopy(key, 0, with, 0, key.Length);
        with[key.Length] = (byte)suffix;
        return with;
    }

    /// <summary>
    /// The secret as text: only to take it out of an error message a service echoed, and for tests. Each call
    /// makes a managed string that lives until the collector takes it.
    /// </summary>
    public string Reveal() => Encoding.UTF8.GetString(Key);

    /// <summary>
    /// Checks the secret as <see cref="CredentialValue"/> checks strings, on the bytes: trailing white space is
    /// trimmed and said, anything not printable ASCII is an error naming the source.
    /// </summary>
    public SecretBytes Checked(string source, System.Collections.Generic.List<string> notes)
    {
        byte[] key = Key;
        int length = key.Length;
        while (length > 0 && (key[length - 1] == (byte)'\r' || key[length - 1] == (byte)'\n' || key[length - 1] == (byte)' ' || key[length - 1] == (byte)'\t'))
        {
            length--;
        }

        for (int i = 0; i < length; i++)
        {
            if (key[i] <= (byte)' ' || key[i] > (byte)'~')
            {
                throw new SaeConfigurationException("InvalidCredentialValue",
                    "The AccessKey secret from " + source + " contains a character that is not printable ASCII (a space, line break or control character) at byte " + (i + 1)
                    + "; it was not used, and nothing was sent. Check that source for a stray space, line break or pasted character.");
            }
        }

        if (length == key.Length)
        {
            return this;
        }

        notes.Add("White space at the end of the AccessKey secret from " + source + " (a line break, as files and Get-Content -Raw leave) was trimmed.");
        var trimmed = new byte[length];
        Buffer.BlockCopy(key, 0, trimmed, 0, length);
        Clear();
        return new SecretBytes(trimmed);
    }

    /// <summary>Overwrites the bytes; every later use is a clear error.</summary>
    public void Clear()
    {
        byte[]? bytes = System.Threading.Interlocked.Exchange(ref _utf8, null);
        if (bytes != null)
        {
            Array.Clear(bytes, 0, bytes.Length);
        }
    }
}
