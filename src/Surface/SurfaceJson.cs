using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SaePowerShell.Surface;

/// <summary>
/// A small JSON reader with no dependencies, because the same source is compiled into the build's source generator
/// (which can load no package beside the compiler), the emulator and the tests: objects become ordered
/// <see cref="JsonObject"/>s, arrays lists, numbers their text (a caller decides whether it is a long or a double),
/// true and false booleans, null null.
/// </summary>
internal static class SurfaceJson
{
    public static object? Parse(string text)
    {
        int at = 0;
        object? value = ReadValue(text, ref at);
        SkipSpace(text, ref at);
        if (at != text.Length)
        {
            throw Error(text, at, "text after the value");
        }

        return value;
    }

    private static object? ReadValue(string text, ref int at)
    {
        SkipSpace(text, ref at);
        if (at >= text.Length)
        {
            throw Error(text, at, "the text ended where a value was expected");
        }

        char c = text[at];
        switch (c)
        {
            case '{': return ReadObject(text, ref at);
            case '[': return ReadArray(text, ref at);
            case '"': return ReadString(text, ref at);
            case 't': Expect(text, ref at, "true"); return true;
            case 'f': Expect(text, ref at, "false"); return false;
            case 'n': Expect(text, ref at, "null"); return null;
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber(text, ref at);
                }

                throw Error(text, at, "unexpected '" + c + "'");
        }
    }

    private static JsonObject ReadObject(string text, ref int at)
    {
        var result = new JsonObject();
        at++;
        SkipSpace(text, ref at);
        if (at < text.Length && text[at] == '}')
        {
            at++;
            return result;
        }

        while (true)
        {
            SkipSpace(text, ref at);
            if (at >= text.Length || text[at] != '"')
            {
                throw Error(text, at, "a member name was expected");
            }

            string name = ReadString(text, ref at);
            SkipSpace(text, ref at);
            if (at >= text.Length || text[at] != ':')
            {
                throw Error(text, at, "':' was expected");
            }

            at++;
            result.Add(name, ReadValue(text, ref at));
            SkipSpace(text, ref at);
            if (at < text.Length && text[at] == ',')
            {
                at++;
                continue;
            }

            if (at < text.Length && text[at] == '}')
            {
                at++;
                return result;
            }

            throw Error(text, at, "',' or '}' was expected");
        }
    }

    private static List<object?> ReadArray(string text, ref int at)
    {
        var result = new List<object?>();
        at++;
        SkipSpace(text, ref at);
        if (at < text.Length && text[at] == ']')
        {
            at++;
            return result;
        }

        while (true)
        {
            result.Add(ReadValue(text, ref at));
            SkipSpace(text, ref at);
            if (at < text.Length && text[at] == ',')
            {
                at++;
                continue;
            }

            if (at < text.Length && text[at] == ']')
            {
                at++;
                return result;
            }

            throw Error(text, at, "',' or ']' was expected");
        }
    }

    private static string ReadString(string text, ref int at)
    {
        var result = new StringBuilder();
        at++;
        while (at < text.Length)
        {
            char c = text[at++];
            if (c == '"')
            {
                return result.ToString();
            }

            if (c != '\\')
            {
                result.Append(c);
                continue;
            }

            if (at >= text.Length)
            {
                break;
            }

            char escaped = text[at++];
            switch (escaped)
            {
                case '"': result.Append('"'); break;
                case '\\': result.Append('\\'); break;
                case '/': result.Append('/'); break;
                case 'b': result.Append('\b'); break;
                case 'f': result.Append('\f'); break;
                case 'n': result.Append('\n'); break;
                case 'r': result.Append('\r'); break;
                case 't': result.Append('\t'); break;
                case 'u':
                    if (at + 4 > text.Length)
                    {
                        throw Error(text, at, "a \\u escape is cut short");
                    }

                    result.Append((char)int.Parse(text.Substring(at, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    at += 4;
                    break;
                default:
                    throw Error(text, at - 1, "unknown escape '\\" + escaped + "'");
            }
        }

        throw Error(text, at, "a string is not closed");
    }

    private static JsonNumber ReadNumber(string text, ref int at)
    {
        int start = at;
        while (at < text.Length && "+-0123456789.eE".IndexOf(text[at]) >= 0)
        {
            at++;
        }

        return new JsonNumber(text.Substring(start, at - start));
    }

    private static void Expect(string text, ref int at, string word)
    {
        if (string.CompareOrdinal(text, at, word, 0, word.Length) != 0)
        {
            throw Error(text, at, "'" + word + "' was expected");
        }

        at += word.Length;
    }

    private static void SkipSpace(string text, ref int at)
    {
        while (at < text.Length && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r'))
        {
            at++;
        }
    }

    private static FormatException Error(string text, int at, string what)
    {
        int line = 1;
        for (int i = 0; i < at && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return new FormatException("JSON, line " + line.ToString(CultureInfo.InvariantCulture) + ": " + what + ".");
    }
}

/// <summary>A JSON object whose members keep the order of the file, since generated code and messages follow it.</summary>
internal sealed class JsonObject
{
    private readonly List<KeyValuePair<string, object?>> _members = new List<KeyValuePair<string, object?>>();
    private readonly Dictionary<string, object?> _byName = new Dictionary<string, object?>(StringComparer.Ordinal);

    public IReadOnlyList<KeyValuePair<string, object?>> Members => _members;

    public bool Has(string name) => _byName.ContainsKey(name);

    public object? this[string name] => _byName.TryGetValue(name, out object? value) ? value : null;

    public void Add(string name, object? value)
    {
        if (_byName.ContainsKey(name))
        {
            throw new FormatException("JSON: the member '" + name + "' is given twice.");
        }

        _byName[name] = value;
        _members.Add(new KeyValuePair<string, object?>(name, value));
    }

    public string? String(string name) => this[name] as string;

    public bool Bool(string name) => this[name] is bool b && b;

    public JsonObject? Object(string name) => this[name] as JsonObject;

    public IReadOnlyList<object?> Array(string name) => this[name] as List<object?> ?? new List<object?>();

    public IEnumerable<JsonObject> Objects(string name)
    {
        foreach (object? item in Array(name))
        {
            if (item is JsonObject o)
            {
                yield return o;
            }
        }
    }

    public IReadOnlyList<string> Strings(string name)
    {
        var result = new List<string>();
        foreach (object? item in Array(name))
        {
            if (item != null)
            {
                result.Add(item is JsonNumber n ? n.Text : Convert.ToString(item, CultureInfo.InvariantCulture) ?? "");
            }
        }

        return result;
    }
}

/// <summary>A JSON number as written, so that long values never pass through a double.</summary>
internal sealed class JsonNumber
{
    public JsonNumber(string text) => Text = text;

    public string Text { get; }

    public override string ToString() => Text;
}
