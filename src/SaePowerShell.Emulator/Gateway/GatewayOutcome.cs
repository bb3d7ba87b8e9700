namespace SaePowerShell.Emulator.Gateway;

/// <summary>How a prepared answer leaves the emulator: normally, or bent by a fault.</summary>
internal enum Delivery
{
    /// <summary>The whole answer.</summary>
    Whole,

    /// <summary>A complete HTTP answer whose body is only the first half of the real one (the truncatedBody fault).</summary>
    FirstHalf,

    /// <summary>No answer: the connection is aborted (the reset faults).</summary>
    ResetConnection,

    /// <summary>No answer because the client already went away.</summary>
    Nothing,
}

/// <summary>What the gateway decided for one request: the answer, how it goes out, and what the request log records.</summary>
internal sealed record GatewayOutcome(PreparedAnswer? Answer, Delivery Delivery, string? Code, AuthorizationHeader? Authorization)
{
    /// <summary>The status the client sees; 0 when it sees none.</summary>
    public int LoggedStatus => Delivery is Delivery.Whole or Delivery.FirstHalf ? Answer!.Status : 0;

    public async Task DeliverAsync(HttpContext context)
    {
        switch (Delivery)
        {
            case Delivery.Whole:
                await Answer!.SendAsync(context);
                break;
            case Delivery.FirstHalf:
                await Answer!.SendAsync(context, Answer.Body.Length / 2);
                break;
            case Delivery.ResetConnection:
                context.Abort();
                break;
        }
    }
}
