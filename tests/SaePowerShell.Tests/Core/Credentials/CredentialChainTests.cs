using SaePowerShell.Core.Credentials;
using SaePowerShell.Tests.Core.Endpoints;
using Xunit;

namespace SaePowerShell.Tests.Core.Credentials;

/// <summary>The credential chain against real files in a temporary HOME; the user's own home folder is never read.</summary>
public sealed class CredentialChainTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("sae-home-").FullName;

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private static ChosenCredential Resolve(ExplicitCredentials given, SessionContext? session, FakeEnvironment environment) => CredentialChain.Resolve(given, session, environment);

    private static SaeCredential C(ChosenCredential found) => found.Source.GetAsync(CancellationToken.None).GetAwaiter().GetResult();

    private FakeEnvironment Env(Dictionary<string, string>? more = null)
    {
        var values = new Dictionary<string, string> { ["HOME"] = _home };
        foreach (var pair in more ?? []) values[pair.Key] = pair.Value;
        return new FakeEnvironment(values);
    }

    private string WriteCliConfig(string json)
    {
        Directory.CreateDirectory(Path.Combine(_home, ".aliyun"));
        string path = Path.Combine(_home, ".aliyun", "config.json");
        File.WriteAllText(path, json);
        return path;
    }

    private string WriteIni(string text)
    {
        Directory.CreateDirectory(Path.Combine(_home, ".alibabacloud"));
        string path = Path.Combine(_home, ".alibabacloud", "credentials");
        File.WriteAllText(path, text);
        return path;
    }

    private const string CliConfig = """
        { "current": "default", "profiles": [
          { "name": "default", "mode": "AK", "access_key_id": "LTAIdefault00001", "access_key_secret": "default-secret", "region_id": "cn-hangzhou" },
          { "name": "sts", "mode": "StsToken", "access_key_id": "STS.abcdefgh1234", "access_key_secret": "sts-secret", "sts_token": "sts-token", "region_id": "cn-shanghai" },
          { "name": "role", "mode": "RamRoleArn", "access_key_id": "x", "access_key_secret": "y", "ram_role_arn": "acs:ram::1:role/r" },
          { "name": "weird", "mode": "Telepathy" },
          { "name": "half", "mode": "AK", "access_key_id": "LTAIhalf" },
          { "name": "loop", "mode": "ChainableRamRoleArn", "source_profile": "loop", "ram_role_arn": "acs:ram::1:role/r" },
          { "name": "orphan", "mode": "ChainableRamRoleArn", "source_profile": "ghost", "ram_role_arn": "acs:ram::1:role/r" },
          { "name": "ecs", "mode": "EcsRamRole", "ram_role_name": "myrole" } ] }
        """;

    [Fact]
    public void TheCliConfigsCurrentProfile_IsUsed_WithItsRegion()
    {
        WriteCliConfig(CliConfig);

        ChosenCredential found = Resolve(ExplicitCredentials.None, null, Env());

        Assert.Equal("LTAIdefault00001", C(found).AccessKeyId);
        Assert.Equal("cn-hangzhou", found.RegionId);
        Assert.Contains("profile 'default'", C(found).Source);
    }

    [Fact]
    public void AlibabaCloudProfile_PicksAnotherProfile_AndStsTokenProfilesCarryTheirToken()
    {
        WriteCliConfig(CliConfig);

        ChosenCredential found = Resolve(ExplicitCredentials.None, null, Env(new() { ["ALIBABA_CLOUD_PROFILE"] = "sts" }));

        Assert.Equal(("STS.abcdefgh1234", "sts-token", "cn-shanghai"), (C(found).AccessKeyId, C(found).SecurityToken, found.RegionId));
    }

    [Fact]
    public void TheOrder_IsExplicit_ThenSession_ThenEnvironment_ThenProfiles()
    {
        WriteCliConfig(CliConfig);
        var env = Env(new() { ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "LTAIenvironment1", ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = "s" });
        var session = new SessionContext(new SaePowerShell.Core.Credentials.Sources.StaticCredentialSource(new SaeCredential("LTAIsession00001", "s", null, "Connect-SaeAccount")), null, null);
        var given = new ExplicitCredentials(new SaeCredential("LTAIexplicit0001", "s", null, "-Credential"), null);

        Assert.Equal("LTAIexplicit0001", C(Resolve(given, session, env)).AccessKeyId);
        Assert.Equal("STS.abcdefgh1234", C(Resolve(new ExplicitCredentials(null, "sts"), session, env)).AccessKeyId);
        Assert.Equal("LTAIsession00001", C(Resolve(ExplicitCredentials.None, session, env)).AccessKeyId);
        Assert.Equal("LTAIenvironment1", C(Resolve(ExplicitCredentials.None, null, env)).AccessKeyId);
        Assert.Equal("LTAIdefault00001", C(Resolve(ExplicitCredentials.None, null, Env())).AccessKeyId);
    }

    [Fact]
    public void TheIniFile_IsUsed_WhenThereIsNoCliProfile()
    {
        WriteIni("""
            ; the SDKs' file
            [default]
            type = access_key
            access_key_id = LTAIinidefault01
            access_key_secret = ini-secret
            [other]
            type = access_key
            access_key_id = LTAIiniother0001
            access_key_secret = other-secret   # a comment
            """);

        Assert.Equal("LTAIinidefault01", C(Resolve(ExplicitCredentials.None, null, Env())).AccessKeyId);
        ChosenCredential other = Resolve(new ExplicitCredentials(null, "other"), null, Env());
        Assert.Equal(("LTAIiniother0001", "other-secret"), (C(other).AccessKeyId, C(other).Secret.Reveal()));
    }

    [Fact]
    public void TheCredentialsFileVariable_PointsAtAnotherFile_AndAMissingOneIsAnError()
    {
        string path = Path.Combine(_home, "elsewhere.ini");
        File.WriteAllText(path, "[default]\naccess_key_id = LTAIelsewhere001\naccess_key_secret = s\n");

        Assert.Equal("LTAIelsewhere001", C(Resolve(ExplicitCredentials.None, null, Env(new() { ["ALIBABA_CLOUD_CREDENTIALS_FILE"] = path }))).AccessKeyId);
        var ex = Assert.Throws<SaeConfigurationException>(() => Resolve(ExplicitCredentials.None, null, Env(new() { ["ALIBABA_CLOUD_CREDENTIALS_FILE"] = path + ".missing" })));
        Assert.Equal("ProfileFileNotFound", ex.ErrorId);
        Assert.Contains(path + ".missing", ex.Message);
    }

    public static TheoryData<string, string?, string, string> BadProfiles => new()
    {
        { "{ not json", null, "ProfileFileMalformed", "config.json" },
        { "[1,2]", null, "ProfileFileMalformed", "config.json" },
        { """{ "current": "gone", "profiles": [] }""", null, "ProfileNotFound", "'gone'" },
        { CliConfig, "nobody", "ProfileNotFound", "'nobody'" },
        { CliConfig, "weird", "UnknownProfileMode", "'Telepathy'" },
        { CliConfig, "half", "ProfileIncomplete", "'access_key_secret'" },
        { CliConfig, "loop", "ProfileCycle", "'loop'" },
        { CliConfig, "orphan", "ProfileNotFound", "'ghost'" },
    };

    [Theory]
    [MemberData(nameof(BadProfiles))]
    public void ABadProfile_IsAClearErrorNamingTheFileProfileOrField(string config, string? profile, string errorId, string named)
    {
        WriteCliConfig(config);

        var ex = Assert.Throws<SaeConfigurationException>(() => Resolve(new ExplicitCredentials(null, profile), null, Env()));

        Assert.Equal(errorId, ex.ErrorId);
        Assert.Contains(named, ex.Message);
        Assert.DoesNotContain("default-secret", ex.Message);
    }

    [Fact]
    public void RoleAndInstanceProfiles_BecomeSourcesThatFetchOnFirstUse_NotAtResolution()
    {
        WriteCliConfig(CliConfig);

        ChosenCredential role = Resolve(new ExplicitCredentials(null, "role"), null, Env());
        ChosenCredential ecs = Resolve(new ExplicitCredentials(null, "ecs"), null, Env());

        Assert.IsType<SaePowerShell.Core.Credentials.Sources.RamRoleArnSource>(role.Source);
        Assert.Contains("acs:ram::1:role/r", role.Source.Description);
        Assert.IsType<SaePowerShell.Core.Credentials.Sources.EcsRamRoleSource>(ecs.Source);
        Assert.Contains("myrole", ecs.Source.Description);
    }

    [Fact]
    public void TheInstanceRole_IsNotProbedUnasked_ButIsUsedWhenNamed()
    {
        Assert.Equal("NoCredentials", Assert.Throws<SaeConfigurationException>(() => Resolve(ExplicitCredentials.None, null, Env())).ErrorId);

        ChosenCredential named = Resolve(ExplicitCredentials.None, null, Env(new() { ["ALIBABA_CLOUD_ECS_METADATA"] = "myrole" }));
        Assert.IsType<SaePowerShell.Core.Credentials.Sources.EcsRamRoleSource>(named.Source);

        Assert.Equal("NoCredentials", Assert.Throws<SaeConfigurationException>(() =>
            Resolve(ExplicitCredentials.None, null, Env(new() { ["ALIBABA_CLOUD_ECS_METADATA"] = "myrole", ["ALIBABA_CLOUD_ECS_METADATA_DISABLED"] = "true" }))).ErrorId);
    }

    [Fact]
    public void OidcVariables_AndACredentialsUri_AreInTheChain_InTheSdksOrder()
    {
        var oidc = Env(new() { ["ALIBABA_CLOUD_ROLE_ARN"] = "acs:ram::1:role/o", ["ALIBABA_CLOUD_OIDC_PROVIDER_ARN"] = "acs:ram::1:oidc-provider/p", ["ALIBABA_CLOUD_OIDC_TOKEN_FILE"] = "/tmp/token",
            ["ALIBABA_CLOUD_CREDENTIALS_URI"] = "http://127.0.0.1:9/creds" });
        Assert.IsType<SaePowerShell.Core.Credentials.Sources.OidcRoleSource>(Resolve(ExplicitCredentials.None, null, oidc).Source);

        var uri = Env(new() { ["ALIBABA_CLOUD_CREDENTIALS_URI"] = "http://127.0.0.1:9/creds" });
        Assert.IsType<SaePowerShell.Core.Credentials.Sources.CredentialsUriSource>(Resolve(ExplicitCredentials.None, null, uri).Source);

        var bad = Env(new() { ["ALIBABA_CLOUD_CREDENTIALS_URI"] = "not a uri" });
        Assert.Equal("InvalidCredentialsUri", Assert.Throws<SaeConfigurationException>(() => Resolve(ExplicitCredentials.None, null, bad)).ErrorId);
    }

    [Fact]
    public void AMalformedIniLine_IsAnErrorNamingTheLine()
    {
        WriteIni("[default]\nthis is not a key value\n");

        var ex = Assert.Throws<SaeConfigurationException>(() => Resolve(ExplicitCredentials.None, null, Env()));

        Assert.Equal("ProfileFileMalformed", ex.ErrorId);
        Assert.Contains("line 2", ex.Message);
    }

    [Fact]
    public void TheCliProfileCanBeTurnedOff_AsTheSdksAllow()
    {
        WriteCliConfig(CliConfig);
        WriteIni("[default]\naccess_key_id = LTAIinidefault01\naccess_key_secret = s\n");

        Assert.Equal("LTAIinidefault01", C(Resolve(ExplicitCredentials.None, null, Env(new() { ["ALIBABA_CLOUD_CLI_PROFILE_DISABLED"] = "true" }))).AccessKeyId);
    }

    [Fact]
    public void NothingAnywhere_SaysEveryWayToGiveCredentials()
    {
        var ex = Assert.Throws<SaeConfigurationException>(() => Resolve(ExplicitCredentials.None, null, Env()));

        Assert.Equal("NoCredentials", ex.ErrorId);
        foreach (string way in new[] { "-Credential", "-ProfileName", "Connect-SaeAccount", "ALIBABA_CLOUD_ACCESS_KEY_ID", ".aliyun", ".alibabacloud" })
        {
            Assert.Contains(way, ex.Message);
        }
    }

    [Fact]
    public void ConnectSaeAccount_WithNothingAnywhere_SaysWhichSourcesItLookedAt_NotToRunItself()
    {
        var ex = Assert.Throws<SaeConfigurationException>(() => CredentialChain.Resolve(ExplicitCredentials.None, null, Env(new() { ["ALIBABA_CLOUD_ROLE_ARN"] = "acs:ram::1:role/o" }), connecting: true));

        Assert.Equal("NoCredentials", ex.ErrorId);
        Assert.DoesNotContain("run Connect-SaeAccount", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("this runspace's Connect-SaeAccount", ex.Message, StringComparison.Ordinal);
        foreach (string source in new[]
        {
            "-Credential", "-AccessKeyId with -AccessKeySecret", "-ProfileName",
            "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET: not set",
            "ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN and ALIBABA_CLOUD_OIDC_TOKEN_FILE: only ALIBABA_CLOUD_ROLE_ARN set",
            Path.Combine(_home, ".aliyun", "config.json") + ": not there",
            Path.Combine(_home, ".alibabacloud", "credentials") + ": not there",
            "ALIBABA_CLOUD_ECS_METADATA", "ALIBABA_CLOUD_CREDENTIALS_URI",
        })
        {
            Assert.Contains(source, ex.Message, StringComparison.Ordinal);
        }
    }
}
