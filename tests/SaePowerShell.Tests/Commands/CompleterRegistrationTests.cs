using System.Management.Automation;
using System.Reflection;
using SaePowerShell.Commands;
using SaePowerShell.Commands.Completion;
using Xunit;

namespace SaePowerShell.Tests.Commands;

/// <summary>
/// Every parameter that names an application completes it: -AppId with its ids, -Name/-AppName with its names. A job
/// cmdlet's -AppId names a job template, and completes with the jobs (JobCompleter).
/// </summary>
public sealed class CompleterRegistrationTests
{
    public static TheoryData<string> ApplicationParameters()
    {
        var data = new TheoryData<string>();
        foreach ((Type cmdlet, PropertyInfo property) in Parameters())
        {
            data.Add(cmdlet.Name + "." + property.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ApplicationParameters))]
    public void EveryApplicationParameter_HasTheApplicationCompleter(string parameter)
    {
        (Type _, PropertyInfo property) = Parameters().Single(p => p.Cmdlet.Name + "." + p.Property.Name == parameter);
        Type expected = property.Name != "AppId" ? typeof(ApplicationNameCompleter)
            : IsJobCmdlet(property.DeclaringType!) ? typeof(JobCompleter) : typeof(ApplicationCompleter);

        Assert.Equal(expected, property.GetCustomAttribute<ArgumentCompleterAttribute>()?.Type);
    }

    [Fact]
    public void TheCmdletsThatTakeAnApplication_AreAllFound()
    {
        string[] found = [.. Parameters().Select(p => p.Cmdlet.Name).Distinct()];

        Assert.Contains("StartSaeApplicationCommand", found);
        Assert.Contains("GetSaeApplicationCommand", found);
        Assert.Contains("RestartSaeApplicationInstanceCommand", found);
        Assert.Contains("GetSaeInstanceLogCommand", found);
        Assert.Contains("GetSaeChangeOrderCommand", found);
        Assert.Contains("StartSaeJobCommand", found);
    }

    private static bool IsJobCmdlet(Type cmdlet) => cmdlet.GetCustomAttribute<CmdletAttribute>()!.NounName.StartsWith("SaeJob", StringComparison.Ordinal);

    private static IEnumerable<(Type Cmdlet, PropertyInfo Property)> Parameters() =>
        typeof(SaeCmdletBase).Assembly.GetExportedTypes()
            .Where(t => !t.IsAbstract && t.GetCustomAttribute<CmdletAttribute>() != null)
            .SelectMany(t => t.GetProperties()
                .Where(p => p.GetCustomAttributes<ParameterAttribute>().Any())
                .Where(p => p.Name == "AppId" || p.Name == "AppName" || (p.Name == "Name" && t == typeof(GetSaeApplicationCommand)))
                // New-SaeApplication's -AppName names an application that is not there yet: nothing to complete.
                .Where(p => !(p.Name == "AppName" && t == typeof(NewSaeApplicationCommand)))
                .Select(p => (t, p)));
}
