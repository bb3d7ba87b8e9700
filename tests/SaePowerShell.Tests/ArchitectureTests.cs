using Mono.Cecil;
using Mono.Cecil.Cil;
using Xunit;

namespace SaePowerShell.Tests;

/// <summary>
/// The core knows nothing of PowerShell: no type in SaePowerShell.Core (nor the public model) may reference
/// System.Management.Automation, in a signature, a field, a base type, an attribute, or any instruction of any method.
/// Read from the IL, so a reference hidden in a method body counts too.
/// </summary>
public sealed class ArchitectureTests
{
    private const string PowerShellAssembly = "System.Management.Automation";

    private static readonly Lazy<ModuleDefinition> Module = new(() => ModuleDefinition.ReadModule(typeof(SaePowerShell.SaeContext).Assembly.Location));

    public static TheoryData<string> PowerShellFreeNamespaces => new() { "SaePowerShell.Core", "SaePowerShell" };

    [Theory]
    [MemberData(nameof(PowerShellFreeNamespaces))]
    public void NoTypeThere_ReferencesSystemManagementAutomation(string root)
    {
        var offenders = new List<string>();
        foreach (TypeDefinition type in Module.Value.GetTypes().Where(t => InRoom(t, root)))
        {
            offenders.AddRange(ReferencesOf(type).Where(IsPowerShell).Select(r => type.FullName + " -> " + r.FullName));
        }

        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders.Distinct()));
    }

    [Fact]
    public void TheCheck_SeesAReferenceInsideAMethodBody()
    {
        // The control: the cmdlet layer does reference PowerShell, and the check must find it there.
        TypeDefinition cmdletBase = Module.Value.GetTypes().Single(t => t.FullName == "SaePowerShell.Commands.SaeCmdletBase");
        Assert.Contains(ReferencesOf(cmdletBase), IsPowerShell);
        TypeDefinition waiter = Module.Value.GetTypes().Single(t => t.Name == "ChangeOrderWaiter");
        Assert.Contains(waiter.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Instructions).Select(i => i.Operand).OfType<MemberReference>(), m => IsPowerShell(m.DeclaringType));
    }

    private static bool InRoom(TypeDefinition type, string root)
    {
        TypeDefinition outer = type;
        while (outer.DeclaringType != null)
        {
            outer = outer.DeclaringType;
        }

        // "SaePowerShell" alone is the public model: the namespace itself, not its sub-namespaces.
        return root == "SaePowerShell" ? outer.Namespace == root : outer.Namespace == root || outer.Namespace.StartsWith(root + ".", StringComparison.Ordinal);
    }

    private static bool IsPowerShell(TypeReference? type) =>
        type != null && (type.Scope?.Name == PowerShellAssembly || (type is GenericInstanceType generic && generic.GenericArguments.Any(IsPowerShell)) || (type is TypeSpecification spec && IsPowerShell(spec.ElementType)));

    private static IEnumerable<TypeReference> ReferencesOf(TypeDefinition type)
    {
        if (type.BaseType != null)
        {
            yield return type.BaseType;
        }

        foreach (InterfaceImplementation implemented in type.Interfaces)
        {
            yield return implemented.InterfaceType;
        }

        foreach (CustomAttribute attribute in type.CustomAttributes)
        {
            yield return attribute.AttributeType;
        }

        foreach (FieldDefinition field in type.Fields)
        {
            yield return field.FieldType;
        }

        foreach (PropertyDefinition property in type.Properties)
        {
            yield return property.PropertyType;
        }

        foreach (MethodDefinition method in type.Methods)
        {
            yield return method.ReturnType;
            foreach (ParameterDefinition parameter in method.Parameters)
            {
                yield return parameter.ParameterType;
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (VariableDefinition variable in method.Body.Variables)
            {
                yield return variable.VariableType;
            }

            foreach (Instruction instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference typeOperand:
                        yield return typeOperand;
                        break;
                    case MemberReference member:
                        yield return member.DeclaringType;
                        if (member is MethodReference called)
                        {
                            yield return called.ReturnType;
                        }
                        else if (member is FieldReference field)
                        {
                            yield return field.FieldType;
                        }

                        break;
                }
            }
        }
    }
}
