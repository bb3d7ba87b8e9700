using SaePowerShell.Core.Batching;

namespace SaePowerShell.Commands.Input;

/// <summary>What one input object turned out to be: an application to act on, or the reason it cannot be.</summary>
internal sealed class AppInput
{
    private AppInput(AppTarget? target, string? appName, string? errorId, string? problem, object? input)
    {
        Target = target;
        AppName = appName;
        ErrorId = errorId;
        Problem = problem;
        Input = input;
    }

    public AppTarget? Target { get; }

    public string? AppName { get; }

    public string? ErrorId { get; }

    public string? Problem { get; }

    public object? Input { get; }

    /// <summary>How ShouldProcess names the application.</summary>
    public string Description =>
        Target is null ? string.Empty : (AppName is null ? Target.AppId : AppName + " (" + Target.AppId + ")") + " in namespace " + Target.NamespaceId;

    public static AppInput Valid(AppTarget target, string? appName) => new AppInput(target, appName, null, null, target.Input);

    public static AppInput Invalid(string errorId, string problem, object? input) => new AppInput(null, null, errorId, problem, input);
}
