using Mono.Cecil;
using Mono.Cecil.Cil;
using Xunit;

namespace SaePowerShell.Tests;

/// <summary>
/// Every number and date the module writes into a message, a request or a file is written the same in every culture,
/// and every text comparison and case change is ordinal or invariant: no method of the module calls a formatting,
/// parsing, casing or comparing overload that takes the thread's culture. Read from the IL, as ArchitectureTests does,
/// so a concatenation ("within " + seconds + " s") counts as the double.ToString() the compiler made of it. The culture
/// legs of the Test task (de-DE, tr-TR) catch what the module's behaviour shows; this catches what no test exercises.
/// </summary>
public sealed class CultureInvarianceTests
{
    private static readonly Lazy<ModuleDefinition> Module = new(() => ModuleDefinition.ReadModule(typeof(SaePowerShell.SaeContext).Assembly.Location));

    /// <summary>Values whose text depends on the culture: the decimal separator (1,5 in de-DE and tr-TR), the calendar and the date order.</summary>
    private static readonly HashSet<string> CultureFormatted = new(StringComparer.Ordinal)
    {
        "System.Double", "System.Single", "System.Decimal", "System.Half", "System.DateTime", "System.DateTimeOffset",
    };

    /// <summary>
    /// Integers are written alike in every culture unless negative (sv-SE writes U+2212 for the sign), and the module
    /// writes only counts, sizes and status codes into its texts, so their ToString() is allowed; their parsing is not.
    /// </summary>
    private static readonly HashSet<string> Integers = new(StringComparer.Ordinal)
    {
        "System.SByte", "System.Int16", "System.Int32", "System.Int64", "System.Byte", "System.UInt16", "System.UInt32", "System.UInt64",
    };

    /// <summary>String methods that use the thread's culture when no StringComparison or culture is given.</summary>
    private static readonly HashSet<string> CultureComparing = new(StringComparer.Ordinal)
    {
        "StartsWith(System.String)", "EndsWith(System.String)", "IndexOf(System.String)", "IndexOf(System.String,System.Int32)",
        "IndexOf(System.String,System.Int32,System.Int32)", "LastIndexOf(System.String)", "LastIndexOf(System.String,System.Int32)",
        "Compare(System.String,System.String)", "Compare(System.String,System.String,System.Boolean)", "CompareTo(System.String)",
        "CompareTo(System.Object)", "ToLower()", "ToUpper()",
    };

    [Fact]
    public void NoMethod_FormatsParsesOrComparesWithTheThreadsCulture()
    {
        var offenders = new List<string>();
        // The module's own types: PolySharp's polyfills (System.Index and the like) are the framework's code, not ours.
        foreach (TypeDefinition type in Module.Value.GetTypes().Where(t => OuterNamespace(t).StartsWith("SaePowerShell", StringComparison.Ordinal)))
        {
            foreach (MethodDefinition method in type.Methods.Where(m => m.HasBody))
            {
                offenders.AddRange(CultureDependentCalls(method).Select(call => type.FullName + "::" + method.Name + " calls " + call));
            }
        }

        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders.Distinct()));
    }

    [Fact]
    public void TheCheck_SeesAConcatenatedDouble_AnUnculturedParse_AndACultureCasing()
    {
        // The control: a method of this assembly that does all three must be caught, so the check is not blind.
        MethodDefinition control = ModuleDefinition.ReadModule(typeof(CultureInvarianceTests).Assembly.Location)
            .GetTypes().Single(t => t.Name == nameof(CultureInvarianceTests)).Methods.Single(m => m.Name == nameof(CultureBound));

        List<string> found = CultureDependentCalls(control).ToList();

        Assert.Contains(found, call => call.Contains("System.Double::ToString()", StringComparison.Ordinal));
        Assert.Contains(found, call => call.Contains("System.Int32::Parse(System.String)", StringComparison.Ordinal));
        Assert.Contains(found, call => call.Contains("System.String::ToUpper()", StringComparison.Ordinal));
    }

    private static string CultureBound(double seconds, string text) => "within " + seconds + " s, " + int.Parse(text) + text.ToUpper();

    private static string OuterNamespace(TypeDefinition type)
    {
        while (type.DeclaringType != null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace;
    }

    private static IEnumerable<string> CultureDependentCalls(MethodDefinition method)
    {
        foreach (Instruction instruction in method.Body.Instructions)
        {
            if (instruction.OpCode == OpCodes.Box && instruction.Operand is TypeReference boxed && CultureFormatted.Contains(boxed.FullName) && FeedsText(instruction))
            {
                yield return "box " + boxed.FullName + " into text";
            }

            if (instruction.Operand is not MethodReference called || (instruction.OpCode != OpCodes.Call && instruction.OpCode != OpCodes.Callvirt && instruction.OpCode != OpCodes.Newobj))
            {
                continue;
            }

            if (IsCultureDependent(called, instruction))
            {
                yield return called.FullName;
            }
        }
    }

    private static bool IsCultureDependent(MethodReference called, Instruction instruction)
    {
        string declaring = called.DeclaringType.FullName;
        string signature = called.Name + "(" + string.Join(",", called.Parameters.Select(p => p.ParameterType.FullName)) + ")";
        bool takesCulture = called.Parameters.Any(p => p.ParameterType.FullName is "System.IFormatProvider" or "System.Globalization.CultureInfo" or "System.StringComparison" or "System.Globalization.CompareOptions");

        // value.ToString(), value.ToString("0.0") and the ToString() the compiler calls for "text" + value.
        if (called.Name == "ToString" && !takesCulture)
        {
            if (CultureFormatted.Contains(declaring))
            {
                return true;
            }

            // A nullable's ToString() is its value's, and a constrained call on a type parameter is whatever it holds.
            if (called.DeclaringType is GenericInstanceType { ElementType.FullName: "System.Nullable`1" } nullable && CultureFormatted.Contains(nullable.GenericArguments[0].FullName))
            {
                return true;
            }

            // TimeSpan.ToString() is the invariant "c"; its formats other than "c" take the culture's separator.
            return declaring == "System.TimeSpan" && called.Parameters.Count == 1 && !(instruction.Previous?.OpCode == OpCodes.Ldstr && (string)instruction.Previous.Operand is "c" or "t" or "T");
        }

        if (!takesCulture && (called.Name is "Parse" or "TryParse") && (CultureFormatted.Contains(declaring) || Integers.Contains(declaring) || declaring == "System.TimeSpan"))
        {
            return true;
        }

        if (!takesCulture && declaring == "System.String" && (called.Name == "Format" || CultureComparing.Contains(signature)))
        {
            return true;
        }

        // string.Join(",", numbers) writes each number with the culture's ToString().
        if (declaring == "System.String" && called.Name == "Join" && called is GenericInstanceMethod join && CultureFormatted.Contains(join.GenericArguments[0].FullName))
        {
            return true;
        }

        if (!takesCulture && declaring == "System.Text.StringBuilder" && (called.Name == "AppendFormat" || (called.Name == "Append" && called.Parameters.Count == 1 && CultureFormatted.Contains(called.Parameters[0].ParameterType.FullName))))
        {
            return true;
        }

        if (!takesCulture && declaring == "System.Char" && called.Name is "ToLower" or "ToUpper")
        {
            return true;
        }

        // Convert.ToDouble("1.5"), Convert.ToString(1.5), Convert.ToString(anything): the culture overloads exist beside them.
        if (!takesCulture && declaring == "System.Convert" && called.Parameters.Count == 1)
        {
            string from = called.Parameters[0].ParameterType.FullName;
            return (called.Name != "ToString" && called.Name.StartsWith("To", StringComparison.Ordinal) && from is "System.Object" or "System.String")
                || (called.Name == "ToString" && (from == "System.Object" || CultureFormatted.Contains(from)));
        }

        return declaring is "System.StringComparer" && called.Name is "get_CurrentCulture" or "get_CurrentCultureIgnoreCase";
    }

    /// <summary>Whether a boxed value goes on into a concatenation or a format (the next call that takes objects).</summary>
    private static bool FeedsText(Instruction box)
    {
        for (Instruction? next = box.Next; next != null; next = next.Next)
        {
            if (next.Operand is MethodReference called && (next.OpCode == OpCodes.Call || next.OpCode == OpCodes.Callvirt || next.OpCode == OpCodes.Newobj))
            {
                string declaring = called.DeclaringType.FullName;
                return (declaring == "System.String" && called.Name is "Concat" or "Format" or "Join")
                    || (declaring == "System.Text.StringBuilder" && called.Name is "Append" or "AppendFormat");
            }
        }

        return false;
    }
}
