using System.Management.Automation;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands;
using SaePowerShell.Core.Errors;
using SaePowerShell;
using Xunit;

namespace SaePowerShell.Tests.Core.Errors;

public sealed class ErrorCatalogTests
{
    [Theory]
    [InlineData("System.Upgrading", 400, SaeErrorCategory.ResourceUnavailable, true)]
    [InlineData("InvalidParameter.Obviously", 400, SaeErrorCategory.InvalidArgument, false)]
    [InlineData("Mamespace.Have.No.Applications", 400, SaeErrorCategory.ObjectNotFound, false)]
    [InlineData("Namespace.AppExists", 400, SaeErrorCategory.InvalidOperation, false)]
    [InlineData("Invalid.App.List.Not.Same.Namespace", 400, SaeErrorCategory.InvalidArgument, false)]
    [InlineData("user.indebt", 400, SaeErrorCategory.PermissionDenied, false)]
    [InlineData("Throttling", 400, SaeErrorCategory.LimitsExceeded, true)]
    [InlineData("Throttling.User", 400, SaeErrorCategory.LimitsExceeded, true)]
    [InlineData("Throttling.Api", 429, SaeErrorCategory.LimitsExceeded, true)]
    [InlineData("SignatureDoesNotMatch", 403, SaeErrorCategory.AuthenticationError, false)]
    [InlineData("IncompleteSignature", 400, SaeErrorCategory.AuthenticationError, false)]
    [InlineData("InvalidAccessKeyId.NotFound", 404, SaeErrorCategory.AuthenticationError, false)]
    [InlineData("InvalidAccessKeyId.Inactive", 400, SaeErrorCategory.AuthenticationError, false)]
    [InlineData("InvalidSecurityToken.Expired", 400, SaeErrorCategory.AuthenticationError, false)]
    [InlineData("InvalidSecurityToken.MismatchWithAccessKey", 400, SaeErrorCategory.AuthenticationError, false)]
    [InlineData("InvalidTimeStamp.Expired", 400, SaeErrorCategory.AuthenticationError, false)]
    [InlineData("Forbidden.RAM", 403, SaeErrorCategory.PermissionDenied, false)]
    [InlineData("NoPermission", 403, SaeErrorCategory.PermissionDenied, false)]
    [InlineData("Resouce.no.permission", 400, SaeErrorCategory.PermissionDenied, false)]
    [InlineData("InvalidAppId.NotFound", 404, SaeErrorCategory.ObjectNotFound, false)]
    [InlineData("InvalidChangeOrder.NotFound", 400, SaeErrorCategory.ObjectNotFound, false)]
    [InlineData("InvalidNamespaceId.NotFound", 404, SaeErrorCategory.ObjectNotFound, false)]
    [InlineData("Application.ChangerOrderRunning", 400, SaeErrorCategory.ResourceBusy, false)]
    [InlineData("InternalError", 500, SaeErrorCategory.ResourceUnavailable, true)]
    [InlineData("ServiceUnavailable", 503, SaeErrorCategory.ResourceUnavailable, true)]
    [InlineData("HttpStatus502", 502, SaeErrorCategory.ResourceUnavailable, true)]
    [InlineData("HttpStatus429", 429, SaeErrorCategory.LimitsExceeded, true)]
    [InlineData("Some.Future.Code", 400, SaeErrorCategory.NotSpecified, false)]
    public void MapsCodes(string code, int status, SaeErrorCategory category, bool transient)
    {
        ErrorCatalogEntry entry = ErrorCatalog.Lookup(code, status);

        Assert.Equal(category, entry.Category);
        Assert.Equal(transient, entry.IsTransient);
    }

    [Fact]
    public void TheCodeDecides_NotTheStatus()
    {
        Assert.Equal(ErrorCatalog.Lookup("SignatureDoesNotMatch", 400).Category, ErrorCatalog.Lookup("SignatureDoesNotMatch", 403).Category);
        Assert.False(ErrorCatalog.Lookup("user.indebt", 500).IsTransient);
    }

    [Fact]
    public void TheDocumentedBatchStartErrors_AllRecommendSomething()
    {
        foreach (string code in new[] { "System.Upgrading", "InvalidParameter.Obviously", "Mamespace.Have.No.Applications", "Invalid.App.List.Not.Same.Namespace", "user.indebt" })
        {
            Assert.False(string.IsNullOrWhiteSpace(ErrorCatalog.Lookup(code, 400).RecommendedAction), code);
        }
    }

    [Fact]
    public void EveryCategory_MapsToThePowerShellCategoryOfTheSameName()
    {
        foreach (SaeErrorCategory category in Enum.GetValues<SaeErrorCategory>())
        {
            ErrorCategory mapped = ErrorRecordFactory.ToErrorCategory(category);
            Assert.Equal(category.ToString(), mapped.ToString());
        }
    }
}
