using System.Globalization;
using System.Management.Automation;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Xunit;

namespace SaePowerShell.Tests.Commands;

/// <summary>
/// The Test task runs the hosted tests (the <see cref="CmdletHost.Trait"/> ones) again in de-DE and in tr-TR, with
/// LC_ALL set to that culture and <see cref="Variable"/> naming it. These tests make a leg prove where it runs: the
/// cmdlets' runspace writes 1.5 and upper-cases i as the named culture does, so a leg cannot pass running invariant.
/// Outside a leg the runspace runs in the test process's own culture, whatever the environment gives it.
/// </summary>
[Trait("Category", CmdletHost.Trait)]
public sealed class CultureLegTests
{
    /// <summary>The culture the leg says it runs in (psake.ps1 sets it with LC_ALL); unset outside the culture legs.</summary>
    public const string Variable = "SAE_TEST_CULTURE";

    /// <summary>What the cultures of the legs write for 1.5 and for 'i'.ToUpper(): tr-TR's dotted capital İ is the point of it.</summary>
    private static readonly Dictionary<string, (string Number, string UpperI)> Legs = new(StringComparer.Ordinal)
    {
        ["de-DE"] = ("1,5", "I"),
        ["tr-TR"] = ("1,5", "İ"),
    };

    private static string? Leg => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } name ? name : null;

    [Fact]
    public void Globalization_IsOn_AndTheTestProcessRunsInTheCultureTheLegNames()
    {
        // Under InvariantGlobalization every culture writes numbers as the invariant one does: no leg could see a culture bug.
        Assert.Equal("1,5", 1.5.ToString(CultureInfo.GetCultureInfo("de-DE")));
        if (Leg is string leg)
        {
            Assert.True(Legs.ContainsKey(leg), $"{Variable}={leg} is not one of the Test task's legs ({string.Join(", ", Legs.Keys)}).");
            Assert.Equal(leg, CultureInfo.CurrentCulture.Name);
            Assert.Equal(Legs[leg].Number, 1.5.ToString(CultureInfo.CurrentCulture));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheCmdletsRunspace_WritesNumbersAndCasesLettersAsTheLegsCultureDoes(bool capturingHost)
    {
        using PowerShell shell = capturingHost ? CmdletHost.Create(new CapturingHost()) : CmdletHost.Create();
        shell.AddScript("[cultureinfo]::CurrentCulture.Name; (1.5).ToString(); 'i'.ToUpper(); [cultureinfo]::CurrentUICulture.Name");

        string[] seen = [.. shell.Invoke().Select(o => (string)o.BaseObject)];

        string expected = Leg ?? CultureInfo.CurrentCulture.Name;
        (string number, string upperI) = Leg is string leg && Legs.TryGetValue(leg, out var known) ? known
            : (1.5.ToString(CultureInfo.CurrentCulture), "i".ToUpper(CultureInfo.CurrentCulture));
        Assert.Equal([expected, number, upperI, CultureInfo.CurrentUICulture.Name], seen);
    }

    [Fact]
    public void EveryTestClassThatHostsTheCmdlets_RunsInTheCultureLegs()
    {
        // Read from the IL, lambdas and async state machines included: a class that calls CmdletHost.Create must carry the trait.
        ModuleDefinition tests = ModuleDefinition.ReadModule(typeof(CultureLegTests).Assembly.Location);
        TypeDefinition[] hosting = [.. tests.GetTypes()
            .Where(t => t.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Instructions).Any(CallsCmdletHostCreate))
            .Select(Outermost)
            .Where(t => t.Name != nameof(CmdletHost))
            .Distinct()];

        Assert.Contains(hosting, t => t.Name == nameof(WaitHostedTests));
        string[] untagged = [.. hosting.Where(t => !t.CustomAttributes.Any(IsHostedTrait)).Select(t => t.FullName)];
        Assert.True(untagged.Length == 0, $"Host the cmdlets, but lack [Trait(\"Category\", CmdletHost.Trait)]: {string.Join(", ", untagged)}");
    }

    private static bool CallsCmdletHostCreate(Instruction instruction) =>
        instruction.Operand is MethodReference { Name: "Create" } method && method.DeclaringType.Name == nameof(CmdletHost);

    private static bool IsHostedTrait(CustomAttribute attribute) =>
        attribute.AttributeType.FullName == typeof(TraitAttribute).FullName
        && attribute.ConstructorArguments.Select(a => a.Value as string).SequenceEqual(["Category", CmdletHost.Trait]);

    private static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType != null)
        {
            type = type.DeclaringType;
        }

        return type;
    }
}
