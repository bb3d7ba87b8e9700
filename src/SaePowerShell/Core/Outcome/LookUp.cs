using System;
using System.Threading;
using System.Threading.Tasks;

namespace SaePowerShell.Core.Outcome;

/// <summary>
/// A look-up made to find out what a call did, after its answer was lost or refused (the change orders, the change
/// order itself, the application's instances). Such a look-up proves nothing when it fails, whatever it fails with: a
/// service error, a credential refresh that fails (StsUnreachable, CredentialsUriUnreachable), a listing that cannot
/// be trusted, a timeout, a cancellation that is not the caller's. Then what was known stands ("outcome unknown", the
/// refusal), where letting the look-up's error through would replace the one error that says "it may have happened".
/// The caller's own cancellation and a bug (any exception that is not the module's) still stop the command.
/// </summary>
internal static class LookUp
{
    /// <summary>What <paramref name="lookUp"/> finds, or what <paramref name="ifItFails"/> makes of a failure that proves nothing.</summary>
    public static async Task<T> OrElse<T>(Func<Task<T>> lookUp, Func<Exception, T> ifItFails, CancellationToken callerToken)
    {
        try
        {
            return await lookUp().ConfigureAwait(false);
        }
        catch (Exception failure) when (ProvesNothing(failure, callerToken))
        {
            return ifItFails(failure);
        }
    }

    /// <summary>
    /// The verdict <paramref name="lookUp"/> gives, or "unknown" when it fails in a way that proves nothing, saying that
    /// <paramref name="what"/> (such as "looking it up", "reading it back") failed and why.
    /// </summary>
    public static Task<OutcomeVerdict<T>> Verdict<T>(Func<Task<OutcomeVerdict<T>>> lookUp, string what, CancellationToken callerToken) =>
        OrElse(lookUp, failure => OutcomeVerdict<T>.Unknown(what + " failed: " + Describe(failure)), callerToken);

    /// <summary>The failure in words for a verdict's reason or -Verbose: its code and its message.</summary>
    public static string Describe(Exception failure) =>
        (failure is SaeException known ? known.ErrorId : failure.GetType().Name) + ": " + failure.Message;

    private static bool ProvesNothing(Exception failure, CancellationToken callerToken) =>
        failure is SaeException
        || failure is TimeoutException
        || (failure is OperationCanceledException && !callerToken.IsCancellationRequested);
}
