using SaePowerShell.Core.Waiting;
using Xunit;

namespace SaePowerShell.Tests.Core.Waiting;

/// <summary>First looks shared by change orders of one kind: one scout each, until one of its kind is seen finished.</summary>
public sealed class FirstLooksTests
{
    private sealed record Order(string Id, string Kind, bool LookedAt);

    [Fact]
    public void NeverLookedAt_OneScoutPerKindGoes_TheOthersWaitForIt()
    {
        var looks = new FirstLooks();
        Order[] due = [new("a", "Start", false), new("b", "Start", false), new("c", "Stop", false), new("d", "Start", true)];

        (List<Order> now, List<(Order Order, Order Scout)> later) = looks.Split(due, o => o.Kind, o => o.LookedAt);

        Assert.Equal(["a", "c", "d"], now.Select(o => o.Id));
        Assert.Equal([("b", "a")], later.Select(l => (l.Order.Id, l.Scout.Id)));
    }

    [Fact]
    public void OnceOneOfAKindFinished_EachOfThatKindIsLookedAtOnItsOwn()
    {
        var looks = new FirstLooks();
        looks.Finished("Start");

        (List<Order> now, List<(Order Order, Order Scout)> later) = looks.Split([new Order("a", "Start", false), new Order("b", "Start", false)], o => o.Kind, o => o.LookedAt);

        Assert.Equal(["a", "b"], now.Select(o => o.Id));
        Assert.Empty(later);
    }
}
