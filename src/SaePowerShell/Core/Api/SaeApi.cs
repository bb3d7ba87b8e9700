namespace SaePowerShell.Core.Api;

/// <summary>One SAE OpenAPI operation (2019-05-06, ROA style): its action name, HTTP method and path.</summary>
internal sealed class SaeApi
{
    public const string Version = "2019-05-06";

    public static readonly SaeApi ListApplications = new SaeApi("ListApplications", "GET", "/pop/v1/sam/app/listApplications");
    public static readonly SaeApi BatchStartApplications = new SaeApi("BatchStartApplications", "PUT", "/pop/v1/sam/app/batchStartApplications");
    public static readonly SaeApi DescribeChangeOrder = new SaeApi("DescribeChangeOrder", "GET", "/pop/v1/sam/changeorder/DescribeChangeOrder");
    public static readonly SaeApi DescribeApplicationStatus = new SaeApi("DescribeApplicationStatus", "GET", "/pop/v1/sam/app/describeApplicationStatus");
    public static readonly SaeApi BatchStopApplications = new SaeApi("BatchStopApplications", "PUT", "/pop/v1/sam/app/batchStopApplications");
    public static readonly SaeApi BatchRestartApplications = new SaeApi("BatchRestartApplications", "PUT", "/pop/v1/sam/app/batchRestartApplications");
    public static readonly SaeApi ListChangeOrders = new SaeApi("ListChangeOrders", "GET", "/pop/v1/sam/changeorder/ListChangeOrders");
    public static readonly SaeApi ListNamespaceChangeOrders = new SaeApi("ListNamespaceChangeOrders", "GET", "/pop/v1/sam/changeorder/listNamespaceChangeOrders");
    public static readonly SaeApi DescribeNamespaceList = new SaeApi("DescribeNamespaceList", "GET", "/pop/v1/sam/namespace/describeNamespaceList");

    // The operator's day: deploy, scale, roll back, instances, change-order control, regions, events and logs.
    public static readonly SaeApi DeployApplication = new SaeApi("DeployApplication", "POST", "/pop/v1/sam/app/deployApplication", "formData");
    public static readonly SaeApi RescaleApplication = new SaeApi("RescaleApplication", "PUT", "/pop/v1/sam/app/rescaleApplication");
    public static readonly SaeApi RescaleApplicationVertically = new SaeApi("RescaleApplicationVertically", "POST", "/pop/v1/sam/app/rescaleApplicationVertically");
    public static readonly SaeApi ListAppVersions = new SaeApi("ListAppVersions", "GET", "/pop/v1/sam/app/listAppVersions");
    public static readonly SaeApi RollbackApplication = new SaeApi("RollbackApplication", "PUT", "/pop/v1/sam/app/rollbackApplication");
    public static readonly SaeApi DescribeApplicationConfig = new SaeApi("DescribeApplicationConfig", "GET", "/pop/v1/sam/app/describeApplicationConfig");
    public static readonly SaeApi DescribeApplicationGroups = new SaeApi("DescribeApplicationGroups", "GET", "/pop/v1/sam/app/describeApplicationGroups");
    public static readonly SaeApi DescribeApplicationInstances = new SaeApi("DescribeApplicationInstances", "GET", "/pop/v1/sam/app/describeApplicationInstances");
    public static readonly SaeApi RestartInstances = new SaeApi("RestartInstances", "PUT", "/pop/v1/sam/app/restartInstances");
    public static readonly SaeApi DeleteInstances = new SaeApi("DeleteInstances", "PUT", "/pop/v1/sam/app/deleteInstances");

    /// <summary>A GET that acts (ApiEffects): it starts the batch it names.</summary>
    public static readonly SaeApi ConfirmPipelineBatch = new SaeApi("ConfirmPipelineBatch", "GET", "/pop/v1/sam/changeorder/ConfirmPipelineBatch");
    public static readonly SaeApi AbortChangeOrder = new SaeApi("AbortChangeOrder", "PUT", "/pop/v1/sam/changeorder/AbortChangeOrder");
    public static readonly SaeApi AbortAndRollbackChangeOrder = new SaeApi("AbortAndRollbackChangeOrder", "PUT", "/pop/v1/sam/changeorder/AbortAndRollbackChangeOrder");

    /// <summary>Answers Regions at the top level, with no Data.</summary>
    public static readonly SaeApi DescribeRegions = new SaeApi("DescribeRegions", "GET", "/pop/v1/paas/regionConfig", answersWithData: false);
    public static readonly SaeApi ListAppEvents = new SaeApi("ListAppEvents", "GET", "/pop/v1/sam/app/listAppEvents");
    public static readonly SaeApi DescribeInstanceLog = new SaeApi("DescribeInstanceLog", "GET", "/pop/v1/sam/instance/describeInstanceLog");

    private SaeApi(string action, string method, string path, string? bodyType = null, bool answersWithData = true)
    {
        Action = action;
        Method = method;
        Path = path;
        BodyType = bodyType;
        AnswersWithData = answersWithData;
        ChangesState = Catalog.ApiEffects.Acts(action, method);
    }

    /// <summary>Whether its official answer carries Data: a success without it is then no answer at all (16 APIs answer without).</summary>
    public bool AnswersWithData { get; }

    /// <summary>An API from the catalog (Invoke-SaeApi); <paramref name="bodyType"/> is "formData" or "json" when it carries a body.</summary>
    internal static SaeApi Of(string action, string method, string path, string? bodyType, bool answersWithData) => new SaeApi(action, method, path, bodyType, answersWithData);

    /// <summary>How its body is encoded ("formData" or "json"), or null for an API that sends none.</summary>
    public string? BodyType { get; }

    public string Action { get; }

    public string Method { get; }

    /// <summary>Case-sensitive, as SAE serves it.</summary>
    public string Path { get; }

    /// <summary>
    /// A call that changes state must never be repeated blindly: it may already have taken effect. Read from
    /// <see cref="Catalog.ApiEffects"/>, never from the method alone: some GETs act.
    /// </summary>
    public bool ChangesState { get; }

    public override string ToString() => Action;
}
