using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SaePowerShell.Emulator;
using SaePowerShell.Emulator.Seed;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// Accounts: each access key opens its own account's world, and only that one; an unknown key is refused as SAE
/// refuses it; an STS credential opens its role's account; snapshots, reset and the state file keep every account's world.
/// </summary>
public sealed class AccountTests : IDisposable
{
    private const string Shop = "111111111111";
    private const string Bank = "222222222222";
    private const string ShopKey = "LTAI5tShopKey";
    private const string ShopSecret = "ShopSecretForLocalTests";
    private const string BankKey = "LTAI5tBankKey";
    private const string BankSecret = "BankSecretForLocalTests";

    // The default account and Shop (no seed of its own: a copy of the default world) have the namespace "cn-hangzhou:main"
    // with "app-main"; Bank has its own world, "cn-hangzhou:bank" with "app-bank".
    private static readonly string Seed = $$"""
        { "changeOrderDelayMs": 1000,
          "namespaces": [ { "namespaceId": "cn-hangzhou:main" } ],
          "applications": [ { "appId": "app-main", "appName": "main", "namespaceId": "cn-hangzhou:main" } ],
          "accounts": [
            { "accountId": "{{Shop}}", "accessKeys": [ { "accessKeyId": "{{ShopKey}}", "accessKeySecret": "{{ShopSecret}}" } ] },
            { "accountId": "{{Bank}}", "accessKeys": [ { "accessKeyId": "{{BankKey}}", "accessKeySecret": "{{BankSecret}}" } ],
              "seed": { "namespaces": [ { "namespaceId": "cn-hangzhou:bank" } ],
                        "applications": [ { "appId": "app-bank", "appName": "bank", "namespaceId": "cn-hangzhou:bank" } ] } } ] }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("sae-accounts-test-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task EachKey_SeesOnlyItsAccountsWorld_AndChangesStayThere()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(Seed);

        Assert.Equal(["app-main"], await AppIdsAsync(host, key: null));
        Assert.Equal(["app-main"], await AppIdsAsync(host, (ShopKey, ShopSecret)));
        Assert.Equal(["app-bank"], await AppIdsAsync(host, (BankKey, BankSecret)));

        // Shop's copy of the default world is its own: a config map and a namespace made there are nowhere else.
        await host.CallAsync(As(SaeRequest.CreateConfigMap("shop-settings", "cn-hangzhou:main", """{"k":"v"}"""), ShopKey, ShopSecret));
        await host.CallAsync(As(SaeRequest.CreateNamespace("cn-hangzhou:shop", "shop"), ShopKey, ShopSecret));
        Assert.Equal(1, (await host.CallAsync(As(SaeRequest.ListNamespacedConfigMaps("cn-hangzhou:main"), ShopKey, ShopSecret))).GetProperty("ConfigMaps").GetArrayLength());
        Assert.Equal(0, (await host.CallAsync(SaeRequest.ListNamespacedConfigMaps("cn-hangzhou:main"))).GetProperty("ConfigMaps").GetArrayLength());
        Assert.DoesNotContain("cn-hangzhou:shop", await NamespaceIdsAsync(host, null));
        Assert.Contains("cn-hangzhou:shop", await NamespaceIdsAsync(host, (ShopKey, ShopSecret)));

        // Another account's application does not exist for this key.
        SaeReply foreign = await host.SendAsync(As(SaeRequest.DescribeApplicationStatus("app-bank"), ShopKey, ShopSecret));
        Assert.Equal(HttpStatusCode.BadRequest, foreign.Status);

        // The admin API looks at one account at a time; the default one unless named.
        Assert.Single((await host.GetStateAsync()).GetProperty("applications").EnumerateArray());
        JsonElement bank = await host.Http.GetFromJsonAsync<JsonElement>($"_emulator/state?account={Bank}");
        Assert.Equal("app-bank", bank.GetProperty("applications")[0].GetProperty("appId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync("_emulator/state?account=999")).StatusCode);
        JsonElement accounts = await host.Http.GetFromJsonAsync<JsonElement>("_emulator/accounts");
        Assert.Equal([EmulatorAccountsDefault, Shop, Bank], accounts.EnumerateArray().Select(a => a.GetProperty("accountId").GetString()));
    }

    [Theory]
    [InlineData(SigningScheme.Roa)]
    [InlineData(SigningScheme.V3)]
    public async Task AnUnknownKey_IsRefusedAsSaeRefusesIt(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(Seed);

        SaeReply reply = await host.SendAsync(As(SaeRequest.ListApplications(), "LTAI5tNobodysKey", "whatever").WithScheme(scheme));

        Assert.Equal((HttpStatusCode.NotFound, "InvalidAccessKeyId.NotFound"), (reply.Status, reply.ErrorCode));
    }

    [Fact]
    public async Task StsCredentials_OpenTheirRolesAccount_ElseTheSigningKeysAccount()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(Seed);
        string bankRole = $"acs:ram::{Bank}:role/sae-operator";

        StsCredential viaDefaultKey = await host.AssumeAsync(StsRequest.AssumeRole(("RoleArn", bankRole)));
        Assert.Equal(["app-bank"], await AppIdsAsync(host, viaDefaultKey));

        StsCredential viaOidc = await host.AssumeAsync(StsRequest.AssumeRoleWithOidc(("RoleArn", bankRole)));
        Assert.Equal(["app-bank"], await AppIdsAsync(host, viaOidc));

        // A role of an account the emulator does not have: the account of the key that asked.
        StsCredential viaBankKey = await host.AssumeAsync(StsRequest.AssumeRole(("RoleArn", "acs:ram::1:role/other")).Configure(r =>
        {
            r.AccessKeyId = BankKey;
            r.AccessKeySecret = BankSecret;
        }));
        Assert.Equal(["app-bank"], await AppIdsAsync(host, viaBankKey));

        StsCredential defaultRole = await host.AssumeAsync(StsRequest.AssumeRoleWithOidc());
        Assert.Equal(["app-main"], await AppIdsAsync(host, defaultRole));
    }

    [Fact]
    public async Task ASnapshot_HoldsEveryAccountsWorld_AndRestoreAndResetPutEachBack()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(Seed);
        await host.CallAsync(As(SaeRequest.CreateConfigMap("before", "cn-hangzhou:bank", "{}"), BankKey, BankSecret));
        string snapshot = await host.Http.GetStringAsync("_emulator/snapshot");
        Assert.Contains(Bank, JsonDocument.Parse(snapshot).RootElement.GetProperty("accounts").EnumerateObject().Select(p => p.Name));

        await host.CallAsync(As(SaeRequest.CreateConfigMap("after", "cn-hangzhou:bank", "{}"), BankKey, BankSecret));
        await host.CallAsync(SaeRequest.CreateConfigMap("default-after", "cn-hangzhou:main", "{}"));
        using (var body = new StringContent(snapshot, Encoding.UTF8, "application/json"))
        {
            Assert.Equal(HttpStatusCode.NoContent, (await host.Http.PutAsync("_emulator/snapshot", body)).StatusCode);
        }

        Assert.Equal(["before"], await ConfigMapNamesAsync(host, "cn-hangzhou:bank", (BankKey, BankSecret)));
        Assert.Empty(await ConfigMapNamesAsync(host, "cn-hangzhou:main", null));

        Assert.Equal(HttpStatusCode.NoContent, (await host.Http.PostAsync("_emulator/reset", null)).StatusCode);
        Assert.Empty(await ConfigMapNamesAsync(host, "cn-hangzhou:bank", (BankKey, BankSecret)));

        // A snapshot naming an account this emulator does not have is refused, and changes nothing.
        string foreign = snapshot.Replace($"\"{Bank}\"", "\"333333333333\"", StringComparison.Ordinal);
        using var refused = new StringContent(foreign, Encoding.UTF8, "application/json");
        HttpResponseMessage answer = await host.Http.PutAsync("_emulator/snapshot", refused);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("333333333333", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The emulator's own account under accounts is refused for what it is, not as an account it lacks.
        string own = snapshot.Replace($"\"{Bank}\"", $"\"{EmulatorAccountsDefault}\"", StringComparison.Ordinal);
        using var ownRefused = new StringContent(own, Encoding.UTF8, "application/json");
        HttpResponseMessage ownAnswer = await host.Http.PutAsync("_emulator/snapshot", ownRefused);
        Assert.Equal(HttpStatusCode.BadRequest, ownAnswer.StatusCode);
        string said = await ownAnswer.Content.ReadAsStringAsync();
        Assert.Contains("emulator's own account", said, StringComparison.Ordinal);
        Assert.DoesNotContain("does not have", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStateFile_KeepsEveryAccountsWorld_AndAnAccountsFileAddsAccounts()
    {
        string state = Path.Combine(_folder, "world.json");
        string accounts = Path.Combine(_folder, "accounts.json");
        await File.WriteAllTextAsync(Path.Combine(_folder, "team.json"), """{ "namespaces": [ { "namespaceId": "cn-hangzhou:team" } ] }""");
        await File.WriteAllTextAsync(accounts, """[ { "accountId": "444444444444", "accessKeys": [ { "accessKeyId": "LTAI5tTeamKey", "accessKeySecret": "TeamSecret" } ], "seedFile": "team.json" } ]""");
        EmulatorOptions options = EmulatorOptions.Parse(["--state-file", state, "--accounts", accounts]);

        await using (EmulatorTestHost first = await EmulatorTestHost.StartAsync(options, SeedLoader.Parse(Seed)))
        {
            Assert.Equal(["cn-hangzhou:team"], await NamespaceIdsAsync(first, ("LTAI5tTeamKey", "TeamSecret")));
            await first.CallAsync(As(SaeRequest.CreateConfigMap("kept", "cn-hangzhou:bank", "{}"), BankKey, BankSecret));
            await first.CallAsync(As(SaeRequest.CreateConfigMap("team-kept", "cn-hangzhou:team", "{}"), "LTAI5tTeamKey", "TeamSecret"));
        }

        await using EmulatorTestHost second = await EmulatorTestHost.StartAsync(options, SeedLoader.Parse(Seed));
        Assert.Equal(["kept"], await ConfigMapNamesAsync(second, "cn-hangzhou:bank", (BankKey, BankSecret)));
        Assert.Equal(["team-kept"], await ConfigMapNamesAsync(second, "cn-hangzhou:team", ("LTAI5tTeamKey", "TeamSecret")));
        Assert.Empty(await ConfigMapNamesAsync(second, "cn-hangzhou:main", null));
    }

    [Fact]
    public async Task ASeedFileInTheSeedsAccounts_IsFoundBesideTheSeed_WhateverTheCurrentFolder()
    {
        string seeds = Directory.CreateDirectory(Path.Combine(_folder, "seeds")).FullName;
        await File.WriteAllTextAsync(Path.Combine(seeds, "team.json"), """{ "namespaces": [ { "namespaceId": "cn-hangzhou:team" } ] }""");
        string seed = Path.Combine(seeds, "world.json");
        await File.WriteAllTextAsync(seed, """{ "accounts": [ { "accountId": "444444444444", "accessKeys": [ { "accessKeyId": "LTAI5tTeamKey", "accessKeySecret": "TeamSecret" } ], "seedFile": "team.json" } ] }""");
        Assert.NotEqual(seeds, Environment.CurrentDirectory);

        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(EmulatorOptions.Parse(["--seed", seed]));

        Assert.Equal(["cn-hangzhou:team"], await NamespaceIdsAsync(host, ("LTAI5tTeamKey", "TeamSecret")));
    }

    [Theory]
    [InlineData("""{ "accountId": "shop", "accessKeys": [ { "accessKeyId": "K", "accessKeySecret": "S" } ] }""", "accountId must be digits")]
    [InlineData("""{ "accountId": "123456789012", "accessKeys": [ { "accessKeyId": "K", "accessKeySecret": "S" } ] }""", "emulator's own account")]
    [InlineData("""{ "accountId": "5", "accessKeys": [] }""", "at least one access key")]
    [InlineData("""{ "accountId": "5", "accessKeys": [ { "accessKeyId": "LTAI5tSaeEmulatorKey", "accessKeySecret": "S" } ] }""", "already belongs to an account")]
    [InlineData("""{ "accountId": "5", "accessKeys": [ { "accessKeyId": "K", "accessKeySecret": "S" } ], "seed": { "faults": [ { "fault": "http:503" } ] } }""", "no faults")]
    public void AWrongAccount_StopsTheStart_SayingWhatIsWrong(string account, string expected)
    {
        SeedDocument seed = SeedLoader.Parse($$"""{ "accounts": [ {{account}} ] }""");

        SeedException e = Assert.Throws<SeedException>(() => EmulatorApp.Create(new EmulatorOptions(), null, seed));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    private const string EmulatorAccountsDefault = "123456789012";

    private static SaeRequest As(SaeRequest request, string keyId, string secret)
    {
        request.AccessKeyId = keyId;
        request.AccessKeySecret = secret;
        return request;
    }

    private static SaeRequest As(SaeRequest request, (string Id, string Secret)? key) => key is { } k ? As(request, k.Id, k.Secret) : request;

    private static async Task<string[]> AppIdsAsync(EmulatorTestHost host, (string Id, string Secret)? key) =>
        Ids(await host.CallAsync(As(SaeRequest.ListApplications(), key)), "Applications", "AppId");

    private static async Task<string[]> AppIdsAsync(EmulatorTestHost host, StsCredential credential) =>
        Ids(await host.CallAsync(credential.Sign(SaeRequest.ListApplications())), "Applications", "AppId");

    private static async Task<string[]> NamespaceIdsAsync(EmulatorTestHost host, (string Id, string Secret)? key) =>
        (await host.CallAsync(As(SaeRequest.DescribeNamespaceList(("ContainCustom", "true")), key))).EnumerateArray().Select(n => n.GetProperty("NamespaceId").GetString()!).ToArray();

    private static async Task<string[]> ConfigMapNamesAsync(EmulatorTestHost host, string namespaceId, (string Id, string Secret)? key) =>
        Ids(await host.CallAsync(As(SaeRequest.ListNamespacedConfigMaps(namespaceId), key)), "ConfigMaps", "Name");

    private static string[] Ids(JsonElement data, string list, string field) =>
        data.GetProperty(list).EnumerateArray().Select(e => e.GetProperty(field).GetString()!).ToArray();
}
