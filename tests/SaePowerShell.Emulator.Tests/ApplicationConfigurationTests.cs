using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using SaePowerShell.Surface;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// DescribeApplicationConfig answers every official field: what CreateApplication and DeployApplication were given
/// (JSON strings as sent, mounts and maps in the declared shape), SAE's defaults otherwise; and a clone (one
/// application's configuration fed into CreateApplication in another namespace) reads back the same.
/// </summary>
public sealed class ApplicationConfigurationTests
{
    private const string Liveness = """{"httpGet":{"path":"/healthz","port":8080},"initialDelaySeconds":10,"periodSeconds":30,"timeoutSeconds":2}""";

    /// <summary>A CreateApplication with a value for much of what DescribeApplicationConfig answers, in the query and the form body.</summary>
    private static readonly (string Key, string Value)[] FullConfiguration =
    [
        ("AppDescription", "cart service"), ("Cpu", "1000"), ("Memory", "2048"), ("Timezone", "UTC"),
        ("Envs", """[{"name":"MODE","value":"blue"}]"""), ("Command", "java"), ("CommandArgs", """["-jar","/app/cart.jar"]"""),
        ("Liveness", Liveness), ("Readiness", Liveness), ("StartupProbe", Liveness), ("PreStop", """{"exec":{"command":["sleep","5"]}}"""),
        ("PostStart", """{"exec":{"command":["cat","/etc/group"]}}"""), ("CustomHostAlias", """[{"hostName":"db.internal","ip":"10.0.0.5"}]"""),
        ("SlsConfigs", """[{"logDir":"","logType":"stdout"}]"""), ("NasConfigs", """[{"mountPath":"/data","nasId":"nas1","nasPath":"/"}]"""),
        ("MountDesc", """[{"mountPath":"/tmp","nasPath":"/"}]"""), ("SecretMountDesc", """[{"secretId":7,"key":"k","mountPath":"/secret"}]"""),
        ("TerminationGracePeriodSeconds", "45"), ("DiskSize", "50"), ("ProgrammingLanguage", "java"), ("Jdk", "Open JDK 8"),
        ("JarStartOptions", "-Xmx1g"), ("EnableCpuBurst", "true"), ("EnablePrometheus", "true"), ("IsStateful", "false"),
        ("Labels", """{"tier":"backend"}"""), ("VSwitchId", "vsw-one,vsw-two"), ("SecurityGroupId", "sg-cart"), ("VpcId", "vpc-emulator"),
        ("MicroRegistration", "2"), ("PvtzDiscoverySvc", """{"serviceName":"cart","enable":true}"""), ("AppSource", "micro_service"),
        ("RaspConfig", """{"EnableRasp":true,"RaspAppName":"cart"}"""), ("KafkaConfigs", """{"kafkaEndpoint":"10.0.0.1:9092"}"""),
        ("ConfigMapMountDesc", """[{"configMapId":1,"key":"app.yaml","mountPath":"/conf"}]"""), ("AssociateEip", "false"),
        ("EmptyDirDesc", """[{"name":"work","mountPath":"/work"}]"""), ("ServiceTags", """{"alicloud.service.tag":"g1"}"""),
        ("OssMountDescs", """[{"bucketName":"b","bucketPath":"data/","mountPath":"/oss","readOnly":true}]"""), ("OssAkId", "ak"),
        ("InitContainersConfig", """[{"Name":"init","ImageUrl":"busybox","Command":"sh","ConfigMapMountDesc":[{"ConfigMapId":1,"MountPath":"/c"}]}]"""),
    ];

    [Fact]
    public async Task EveryOfficialField_IsAnswered_WithSaesDefaultsForWhatWasNeverSet()
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply reply = await host.SendAsync(AppApi.DescribeConfig(Web));

        SurfaceFile.AssertConforms("DescribeApplicationConfig", reply.Body);
        IReadOnlyList<SurfaceField> declared = SurfaceFile.Api("DescribeApplicationConfig").ResponseField("Data")!.Fields;
        Assert.Equal(declared.Select(f => f.Name), reply.Data.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("java", 30, 20, "0"), (reply.Data.GetProperty("ProgrammingLanguage").GetString(), reply.Data.GetProperty("TerminationGracePeriodSeconds").GetInt32(),
            reply.Data.GetProperty("DiskSize").GetInt32(), reply.Data.GetProperty("MicroRegistration").GetString()));
        Assert.Equal(("vsw-emulator", "sg-emulator", "vpc-emulator"), (reply.Data.GetProperty("VSwitchId").GetString(),
            reply.Data.GetProperty("SecurityGroupId").GetString(), reply.Data.GetProperty("VpcId").GetString()));
        Assert.Equal(JsonValueKind.Array, reply.Data.GetProperty("ConfigMapMountDesc").ValueKind);
        Assert.Equal("", reply.Data.GetProperty("Liveness").GetString());
    }

    [Fact]
    public async Task WhatCreateApplicationIsGiven_IsAnswered_JsonStringsAsSent_MountsInTheDeclaredShape()
    {
        await using EmulatorTestHost host = await StartAsync();
        long configMapId = (await host.CallAsync(SaeRequest.CreateConfigMap("cart-conf", Namespace, """{"app.yaml":"a: 1"}"""))).GetProperty("ConfigMapId").GetInt64();
        Assert.Equal(1, configMapId);

        string appId = (await host.CallAsync(Create("cart", Namespace, FullConfiguration))).GetProperty("AppId").GetString()!;
        SaeReply reply = await host.SendAsync(AppApi.DescribeConfig(appId));

        SurfaceFile.AssertConforms("DescribeApplicationConfig", reply.Body);
        JsonElement config = reply.Data;
        Assert.Equal((Liveness, Liveness, """["-jar","/app/cart.jar"]"""), (config.GetProperty("Liveness").GetString(), config.GetProperty("StartupProbe").GetString(), config.GetProperty("CommandArgs").GetString()));
        Assert.Equal(("cart service", 1000, 2048, "UTC"), (config.GetProperty("AppDescription").GetString(), config.GetProperty("Cpu").GetInt32(), config.GetProperty("Memory").GetInt32(), config.GetProperty("Timezone").GetString()));
        Assert.Equal((45, 50, "true", true), (config.GetProperty("TerminationGracePeriodSeconds").GetInt32(), config.GetProperty("DiskSize").GetInt32(),
            config.GetProperty("EnableCpuBurst").GetString(), config.GetProperty("EnablePrometheus").GetBoolean()));
        Assert.Equal(("vsw-one,vsw-two", "sg-cart"), (config.GetProperty("VSwitchId").GetString(), config.GetProperty("SecurityGroupId").GetString()));
        Assert.Equal("""{"serviceName":"cart","enable":true}""", config.GetProperty("PvtzDiscovery").GetString());
        Assert.Equal("backend", config.GetProperty("Labels").GetProperty("tier").GetString());
        Assert.Equal("g1", config.GetProperty("ServiceTags").GetProperty("alicloud.service.tag").GetString());
        JsonElement mount = config.GetProperty("ConfigMapMountDesc").EnumerateArray().Single();
        Assert.Equal((1L, "cart-conf", "app.yaml", "/conf"), (mount.GetProperty("ConfigMapId").GetInt64(), mount.GetProperty("ConfigMapName").GetString(),
            mount.GetProperty("Key").GetString(), mount.GetProperty("MountPath").GetString()));
        Assert.Equal((7L, ""), (config.GetProperty("SecretMountDesc")[0].GetProperty("SecretId").GetInt64(), config.GetProperty("SecretMountDesc")[0].GetProperty("SecretName").GetString()));
        Assert.True(config.GetProperty("OssMountDescs")[0].GetProperty("readOnly").GetBoolean());
        Assert.Equal("cart", config.GetProperty("RaspConfig")[0].GetProperty("RaspAppName").GetString());
        Assert.Equal("/c", config.GetProperty("InitContainersConfig")[0].GetProperty("ConfigMapMountDesc")[0].GetProperty("MountPath").GetString());
    }

    [Theory]
    [InlineData("seeded")]
    [InlineData("created")]
    public async Task AClone_InAnotherNamespace_ReadsBackTheSame_ButItsIdNamespaceAndDeploymentName(string source)
    {
        await using EmulatorTestHost host = await StartAsync();
        string appId = source == "seeded" ? Web : (await host.CallAsync(Create("cart", Namespace, FullConfiguration))).GetProperty("AppId").GetString()!;
        JsonElement original = await host.CallAsync(AppApi.DescribeConfig(appId));

        JsonElement created = await host.CallAsync(CloneInto(original, "cn-hangzhou:quiet"));
        JsonElement clone = await host.CallAsync(AppApi.DescribeConfig(created.GetProperty("AppId").GetString()!));

        Assert.Equal("cn-hangzhou:quiet", clone.GetProperty("NamespaceId").GetString());
        string[] derived = ["AppId", "NamespaceId", "DeploymentName"];
        Assert.Equal(original.EnumerateObject().Select(p => p.Name), clone.EnumerateObject().Select(p => p.Name));
        Assert.All(original.EnumerateObject().Where(p => !derived.Contains(p.Name)), p =>
            Assert.True(JsonElement.DeepEquals(p.Value, clone.GetProperty(p.Name)), $"{p.Name}: {p.Value} became {clone.GetProperty(p.Name)}"));
    }

    [Fact]
    public async Task ADeploy_ChangesWhatItIsGiven_AndKeepsTheRest_WhenItSucceeds()
    {
        await using EmulatorTestHost host = await StartAsync();
        string appId = (await host.CallAsync(Create("cart", Namespace, FullConfiguration))).GetProperty("AppId").GetString()!;
        host.Pass(2);

        await host.OrderAsync(AppApi.Deploy(appId, ("ImageUrl", NewImage), ("Command", "dotnet"), ("EnableAhas", "true"), ("PvtzDiscoverySvc", "")));
        Assert.Equal("java", (await host.CallAsync(AppApi.DescribeConfig(appId))).GetProperty("Command").GetString());
        host.Pass(2);

        JsonElement config = await host.CallAsync(AppApi.DescribeConfig(appId));
        Assert.Equal(("dotnet", "true", ""), (config.GetProperty("Command").GetString(), config.GetProperty("EnableAhas").GetString(), config.GetProperty("PvtzDiscovery").GetString()));
        Assert.Equal((Liveness, "sg-cart", 45), (config.GetProperty("Liveness").GetString(), config.GetProperty("SecurityGroupId").GetString(), config.GetProperty("TerminationGracePeriodSeconds").GetInt32()));
    }

    [Theory]
    [InlineData("ConfigMapMountDesc", "not json")]
    [InlineData("ConfigMapMountDesc", "[1,2]")]
    [InlineData("ConfigMapMountDesc", """[{"configMapId":"one"}]""")]
    [InlineData("Labels", "[]")]
    [InlineData("TerminationGracePeriodSeconds", "301")]
    public async Task AValueThatIsNotWhatItsFieldTakes_IsRefused_AndCreatesNothing(string parameter, string value)
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply reply = await host.SendAsync(Create("cart", Namespace, [(parameter, value)]));

        SurfaceFile.AssertConforms("CreateApplication", reply.Body);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("{" + parameter + "}", reply.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(await host.ListedAsync(), a => a.GetProperty("AppName").GetString() == "cart");
    }

    [Fact]
    public async Task ASavedWorld_KeepsTheConfiguration()
    {
        await using EmulatorTestHost original = await StartAsync();
        string appId = (await original.CallAsync(Create("cart", Namespace, FullConfiguration))).GetProperty("AppId").GetString()!;
        JsonElement before = await original.CallAsync(AppApi.DescribeConfig(appId));
        string snapshot = await (await original.Http.GetAsync("_emulator/snapshot")).Content.ReadAsStringAsync();

        await using EmulatorTestHost copy = await StartAsync();
        await copy.Http.PutAsync("_emulator/snapshot", new StringContent(snapshot, Encoding.UTF8, "application/json"));

        Assert.True(JsonElement.DeepEquals(before, await copy.CallAsync(AppApi.DescribeConfig(appId))));
    }

    [Fact]
    public async Task ASeedsConfig_IsAnswered_AndOneThatDoesNotFitIsRefused()
    {
        const string seed = """
            { "namespaces": [ { "namespaceId": "cn-hangzhou:p" } ],
              "applications": [ { "appId": "a", "appName": "a", "namespaceId": "cn-hangzhou:p", "config": { "Liveness": "{}", "DiskSize": 40, "Labels": { "k": "v" } } } ] }
            """;
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(seed);

        JsonElement config = await host.CallAsync(AppApi.DescribeConfig("a"));

        Assert.Equal(("{}", 40, "v"), (config.GetProperty("Liveness").GetString(), config.GetProperty("DiskSize").GetInt32(), config.GetProperty("Labels").GetProperty("k").GetString()));
        Assert.Throws<SaePowerShell.Emulator.Seed.SeedException>(() => SaePowerShell.Emulator.Seed.SeedLoader.Parse(seed.Replace("\"DiskSize\": 40", "\"DiskSize\": \"40\"", StringComparison.Ordinal), "seed"));
        Assert.Throws<SaePowerShell.Emulator.Seed.SeedException>(() => SaePowerShell.Emulator.Seed.SeedLoader.Parse(seed.Replace("\"DiskSize\"", "\"Replicas\"", StringComparison.Ordinal), "seed"));
    }

    /// <summary>CreateApplication of an image app with <paramref name="parameters"/>, each where the surface puts it (a body parameter in the form body).</summary>
    private static SaeRequest Create(string appName, string namespaceId, IEnumerable<(string Key, string Value)> parameters)
    {
        SurfaceOperation api = SurfaceFile.Api("CreateApplication");
        List<(string Key, string Value)> all = parameters.ToList();
        SaeRequest request = AppApi.Create(appName, namespaceId, 1).Without([.. all.Select(p => p.Key)]);
        request.With([.. all.Where(p => api.Parameter(p.Key)!.In == "query")]);
        (string, string)[] form = [.. all.Where(p => api.Parameter(p.Key)!.In == "body")];
        return form.Length == 0 ? request : request.WithFormBody(form);
    }

    /// <summary>
    /// The CreateApplication that clones a configuration: each answered field that CreateApplication takes (under its
    /// name, or with Svc), as text: a string as it is, anything else as its JSON.
    /// </summary>
    private static SaeRequest CloneInto(JsonElement config, string namespaceId)
    {
        SurfaceOperation api = SurfaceFile.Api("CreateApplication");
        var parameters = new List<(string, string)>();
        foreach (JsonProperty field in config.EnumerateObject().Where(f => f.Name is not ("AppId" or "NamespaceId")))
        {
            string? name = new[] { field.Name, field.Name + "Svc" }.FirstOrDefault(n => api.Parameter(n) is not null);
            if (name is not null)
            {
                parameters.Add((name, field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString()! : field.Value.GetRawText()));
            }
        }

        return Create(config.GetProperty("AppName").GetString()!, namespaceId, parameters);
    }
}
