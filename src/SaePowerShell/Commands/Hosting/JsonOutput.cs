using System.Linq;
using System.Management.Automation;
using Newtonsoft.Json.Linq;

namespace SaePowerShell.Commands.Hosting;

/// <summary>SAE's JSON as PowerShell objects: an object as a PSCustomObject, an array as an array, a value as itself.</summary>
internal static class JsonOutput
{
    public static object? From(JToken? token)
    {
        switch (token)
        {
            case null:
                return null;
            case JObject json:
                var result = new PSObject();
                foreach (JProperty property in json.Properties())
                {
                    result.Properties.Add(new PSNoteProperty(property.Name, From(property.Value)));
                }

                return result;
            case JArray array:
                return array.Select(From).ToArray();
            case JValue value:
                return value.Value;
            default:
                return token.ToString();
        }
    }
}
