using System.Management.Automation;
using System.Reflection;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Catalog;
using Xunit;

namespace SaePowerShell.Tests.Core.Catalog;

/// <summary>The cmdlet table and the module agree: every cmdlet has its row, and a row's claims hold of its cmdlet.</summary>
public sealed class CmdletTableTests
{
    private static readonly IReadOnlyList<Type> Cmdlets = typeof(SaeApi).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<CmdletAttribute>() != null).ToList();

    private static string NameOf(Type cmdlet)
    {
        CmdletAttribute attribute = cmdlet.GetCustomAttribute<CmdletAttribute>()!;
        return attribute.VerbName + "-" + attribute.NounName;
    }

    [Fact]
    public void EveryCmdlet_HasOneRow_AndEveryRowItsCmdlet()
    {
        Assert.Equal(Cmdlets.Select(NameOf).OrderBy(n => n, StringComparer.Ordinal), CmdletTable.Rows.Select(r => r.Cmdlet).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void ARowThatActs_IsACmdletThatConfirms_AndNamesItsEvidence()
    {
        foreach (CmdletRow row in CmdletTable.Rows.Where(r => r.Acts))
        {
            Type cmdlet = Cmdlets.Single(c => NameOf(c) == row.Cmdlet);
            Assert.True(cmdlet.GetCustomAttribute<CmdletAttribute>()!.SupportsShouldProcess, row.Cmdlet + " acts but does not support -WhatIf and -Confirm.");
            Assert.True(row.Evidence != "none", row.Cmdlet + " acts but names no evidence for a lost answer.");
        }
    }

    [Fact]
    public void ARowThatIsGenerated_DeclaresTheApisItsClassCalls()
    {
        foreach (CmdletRow row in CmdletTable.Rows.Where(r => r.Generated))
        {
            Type cmdlet = Cmdlets.Single(c => NameOf(c) == row.Cmdlet);
            var apis = (SaeApi[])cmdlet.GetField("Apis", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
            Assert.Equal(row.Apis, apis);
            if (row.Output != null)
            {
                Assert.Contains(row.Output, cmdlet.GetCustomAttributes<OutputTypeAttribute>().SelectMany(o => o.Type).Select(t => t.Type?.Name));
            }
        }
    }

    [Fact]
    public void TheApplicationChanges_NameTheirChangeOrderTypes_AsTheirActionsDo()
    {
        Assert.Equal(ApplicationAction.Deploy.ChangeOrderTypeCodes, CmdletTable.Find("Deploy-SaeApplication")!.ChangeOrderTypeCodes);
        Assert.Equal(ApplicationAction.Rescale.ChangeOrderTypeCodes.Concat(ApplicationAction.RescaleVertically.ChangeOrderTypeCodes), CmdletTable.Find("Resize-SaeApplication")!.ChangeOrderTypeCodes);
        Assert.Equal(ApplicationAction.Rollback.ChangeOrderTypeCodes, CmdletTable.Find("Restore-SaeApplication")!.ChangeOrderTypeCodes);
        Assert.Equal([BatchAction.Start.ChangeOrderTypeCode], CmdletTable.Find("Start-SaeApplication")!.ChangeOrderTypeCodes);
        Assert.Equal([BatchAction.Stop.ChangeOrderTypeCode], CmdletTable.Find("Stop-SaeApplication")!.ChangeOrderTypeCodes);
    }

    [Fact]
    public void TheApiDeclarations_AreTheSurfacesOwn_OneEach()
    {
        Assert.Equal(SaeApi.Count, SaeApi.All.Count);
        Assert.Equal(152, SaeApi.Count);
        Assert.All(ApiCatalog.Apis.Values, d => Assert.Same(SaeApi.All[d.Action], d.ToSaeApi()));
        Assert.All(SaeApi.All.Values, a => Assert.Equal(ApiCatalog.Apis[a.Action].Method, a.Method));
    }

    /// <summary>
    /// A listing's paging is the surface's: a Get- cmdlet pages by NextToken when one of its APIs takes it, by
    /// CurrentPage when one takes that, else not at all; a cmdlet that acts writes what it did, never a listing.
    /// </summary>
    [Fact]
    public void ThePagingColumn_IsWhatTheSurfaceSaysOfTheRowsApis()
    {
        foreach (CmdletRow row in CmdletTable.Rows)
        {
            bool Takes(string parameter) => row.Apis.Any(a => ApiCatalog.Find(a.Action)!.Find(parameter) != null);
            string expected = !row.Cmdlet.StartsWith("Get-", StringComparison.Ordinal) ? "none" : Takes("NextToken") ? "next-token" : Takes("CurrentPage") ? "pages" : "none";
            Assert.True(expected == row.Paging, row.Cmdlet + ": paging is '" + row.Paging + "'; its APIs (" + string.Join(", ", row.Apis.Select(a => a.Action)) + ") say '" + expected + "'.");
        }
    }

    [Fact]
    public void ARowThatPages_IsACmdletThatTakesFirstAndSkip_AndNoOtherIs()
    {
        foreach (CmdletRow row in CmdletTable.Rows)
        {
            Type cmdlet = Cmdlets.Single(c => NameOf(c) == row.Cmdlet);
            Assert.True(cmdlet.GetCustomAttribute<CmdletAttribute>()!.SupportsPaging == (row.Paging != "none"), row.Cmdlet + ": paging '" + row.Paging + "', SupportsPaging " + cmdlet.GetCustomAttribute<CmdletAttribute>()!.SupportsPaging + ".");
        }
    }

    [Fact]
    public void EveryCmdlet_IsDeclaredByTheTable()
    {
        Assert.Empty(CmdletTable.Rows.Where(r => !r.Generated).Select(r => r.Cmdlet));
    }

    /// <summary>Parts, not parents: a cmdlet derives from CancellableCmdlet, SaeCmdletBase or PSCmdlet itself, and no other base is public.</summary>
    [Fact]
    public void TheHierarchy_IsAtMostCancellableCmdlet_SaeCmdletBase_TheCmdlet()
    {
        var bases = new[] { typeof(SaePowerShell.Commands.SaeCmdletBase), typeof(SaePowerShell.Commands.CancellableCmdlet), typeof(PSCmdlet) };
        Assert.All(Cmdlets, c => Assert.Contains(c.BaseType, bases));
        Assert.Equal(
            new[] { "CancellableCmdlet", "SaeCmdletBase" },
            typeof(SaeApi).Assembly.GetExportedTypes().Where(t => t.IsAbstract && !t.IsSealed && typeof(Cmdlet).IsAssignableFrom(t)).Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
    }
}
