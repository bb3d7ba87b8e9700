using SaePowerShell.Emulator;
using SaePowerShell.Emulator.State;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

public sealed class EmulatorOptionsTests
{
    [Fact]
    public void Defaults_AreALoopbackFreePort_AndTheDocumentedKeyPair()
    {
        EmulatorOptions options = EmulatorOptions.Parse([]);

        Assert.Equal("http://127.0.0.1:0", options.Urls);
        Assert.Equal("LTAI5tSaeEmulatorKey", options.AccessKeyId);
        Assert.Equal("SaeEmulatorSecretForLocalTestsOnly", options.AccessKeySecret);
        Assert.Null(options.SecurityToken);
        Assert.Null(options.ChangeOrderDelayMs);
        Assert.Null(options.SeedFile);
    }

    [Fact]
    public void EveryOption_IsParsed_InEitherForm()
    {
        EmulatorOptions options = EmulatorOptions.Parse(
        [
            "--urls", "http://127.0.0.1:5123", "--seed=seed.json", "--access-key-id", "id", "--access-key-secret", "secret",
            "--security-token", "token", "--change-order-delay-ms=0", "--ready-file", "ready.txt", "--parent-pid", "42",
        ]);

        Assert.Equal(
            ("http://127.0.0.1:5123", "seed.json", "id", "secret", "token", (int?)0, "ready.txt", (int?)42),
            (options.Urls, options.SeedFile, options.AccessKeyId, options.AccessKeySecret, options.SecurityToken, options.ChangeOrderDelayMs, options.ReadyFile, options.ParentPid));
    }

    [Theory]
    [InlineData("http://127.0.0.1:0")]
    [InlineData("http://127.0.0.2:8080")]
    [InlineData("http://[::1]:0")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://127.0.0.1:5000;http://[::1]:5000")]
    public void LoopbackUrls_AreAccepted(string urls)
    {
        Assert.Equal(urls, EmulatorOptions.Parse(["--urls", urls]).Urls);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://*:5000")]
    [InlineData("http://+:5000")]
    [InlineData("http://192.168.1.10:5000")]
    [InlineData("http://[::]:5000")]
    [InlineData("http://example.com:5000")]
    [InlineData("http://127.0.0.1:5000;http://10.0.0.1:5000")]
    [InlineData("not a url")]
    public void NonLoopbackUrls_AreRefused(string urls)
    {
        Assert.Throws<EmulatorOptionsException>(() => EmulatorOptions.Parse(["--urls", urls]));
    }

    [Theory]
    [InlineData("--nope", "x")]
    [InlineData("--access-key-id", "only-the-id")]
    [InlineData("--change-order-delay-ms", "-1")]
    [InlineData("--change-order-delay-ms", "soon")]
    [InlineData("--parent-pid", "0")]
    [InlineData("--security-token", "")]
    [InlineData("stray")]
    [InlineData("--seed")]
    public void BadCommandLines_AreRefused(params string[] args)
    {
        Assert.Throws<EmulatorOptionsException>(() => EmulatorOptions.Parse(args));
    }

    [Theory]
    [InlineData(new[] { "--state-file", "w.json" }, StateSaveMode.OnChange)]
    [InlineData(new[] { "--state-file=w.json", "--state-save", "on-change" }, StateSaveMode.OnChange)]
    [InlineData(new[] { "--state-file", "w.json", "--state-save=ON-SHUTDOWN" }, StateSaveMode.OnShutdown)]
    public void TheStateFile_AndWhenItIsWritten_AreParsed_OnChangeByDefault(string[] args, StateSaveMode mode)
    {
        EmulatorOptions options = EmulatorOptions.Parse(args);

        Assert.Equal(("w.json", mode), (options.StateFile, options.StateSave ?? StateSaveMode.OnChange));
    }

    [Fact]
    public void ASnapshot_IsParsed_AsTheStartingWorld()
    {
        Assert.Equal("start.json", EmulatorOptions.Parse(["--snapshot", "start.json"]).SnapshotFile);
    }

    [Theory]
    [InlineData("--state-save", "on-change")]
    [InlineData("--state-file", "w.json", "--state-save", "sometimes")]
    [InlineData("--state-file", "")]
    [InlineData("--state-file")]
    [InlineData("--seed", "s.json", "--snapshot", "w.json")]
    [InlineData("--snapshot", "")]
    public void BadStateOptions_AreRefused(params string[] args)
    {
        Assert.Throws<EmulatorOptionsException>(() => EmulatorOptions.Parse(args));
    }
}
