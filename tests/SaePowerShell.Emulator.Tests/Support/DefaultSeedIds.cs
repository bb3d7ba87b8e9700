namespace SaePowerShell.Tests.Emulator;

/// <summary>The fixed ids of the embedded DefaultSeed.json, named for what the tests use them for.</summary>
internal static class DefaultSeedIds
{
    public const string HangzhouDefaultApp = "0d1e2f3a-0000-4000-8000-000000000101";
    public const string DemoWebFrontend = "0d1e2f3a-0000-4000-8000-000000000201";
    public const string DemoOrderApi = "0d1e2f3a-0000-4000-8000-000000000202";
    public const string DemoPaymentWorker = "0d1e2f3a-0000-4000-8000-000000000203";
    public const string StagingWebFrontend = "0d1e2f3a-0000-4000-8000-000000000301";
    public const string BillingInvoiceService = "0d1e2f3a-0000-4000-8000-000000000501";
    public const string ProdWebFrontend = "0d1e2f3a-0000-4000-8000-000000000601";
    public const string UpgradingBatchImporter = "0d1e2f3a-0000-4000-8000-000000000701";
    public const string CanaryWeb = "0d1e2f3a-0000-4000-8000-000000000801";
    public const string CanaryBroken = "0d1e2f3a-0000-4000-8000-000000000802";

    public const int TotalApplications = 14;
    public const int ShanghaiApplications = 4;
}
