using System.Collections.Generic;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Core.Http;

/// <summary>
/// What a parameter value may hold before it is signed and sent. Checked before any byte goes out, so a bad value
/// is a plain input error, never an "outcome unknown".
/// </summary>
internal static class RequestValueRules
{
    public static void Check(ApiRequest request, SaeSignatureMethod method)
    {
        foreach (KeyValuePair<string, string> parameter in request.AllValues())
        {
            if (HasLoneSurrogate(parameter.Value))
            {
                throw new SaeConfigurationException("InvalidParameterValue",
                    "The value of " + parameter.Key + " holds half of a UTF-16 surrogate pair, which has no UTF-8 form and would be sent as U+FFFD; nothing was sent.");
            }

            // ROA signs the canonical query text, so "a=1&b=2" as one value and a=1, b=2 as two sign alike; a
            // gateway that re-splits the text would see parameters the caller never gave, under a valid signature.
            if (method == SaeSignatureMethod.RoaHmacSha1 && (parameter.Value.IndexOf('&') >= 0 || parameter.Value.IndexOf('=') >= 0))
            {
                throw new SaeConfigurationException("AmbiguousRoaValue",
                    "The value of " + parameter.Key + " contains '&' or '=', which the legacy ROA HMAC-SHA1 signature cannot sign unambiguously (the value could be re-split into other parameters that the same signature covers); nothing was sent. "
                    + "Use -SignatureMethod Acs3HmacSha256, the default, which signs every parameter on its own.");
            }
        }
    }

    private static bool IsInQuery(ApiRequest request, string name)
    {
        foreach (KeyValuePair<string, string> pair in request.Query)
        {
            if (pair.Key == name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLoneSurrogate(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return true;
                }

                i++;
            }
            else if (char.IsLowSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }
}
