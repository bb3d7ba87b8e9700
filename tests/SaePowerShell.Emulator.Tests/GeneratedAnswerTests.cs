using System.Collections;
using System.Reflection;
using SaePowerShell.Emulator.Api;
using SaePowerShell.Surface;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// What the build writes for the emulator's handlers (EmulatorCodeGenerator): each one's name from its class, its
/// answer typed from the surface, and nothing else able to make an answer; and the run-time check of the answers
/// built field by field. The handlers are internal to the emulator, so they are read by reflection.
/// </summary>
public sealed class GeneratedAnswerTests
{
    private static readonly Assembly Emulator = typeof(EmulatorCoverage).Assembly;

    private static Type Internal(string name) => Emulator.GetType("SaePowerShell.Emulator.Api." + name, throwOnError: true)!;

    private static IReadOnlyList<object> Handlers() =>
        ((IEnumerable)Internal("SaeApiTable").GetField("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).Cast<object>().ToList();

    private static string NameOf(object handler) => (string)handler.GetType().GetProperty("Name")!.GetValue(handler)!;

    [Fact]
    public void EveryHandler_IsNamedForItsClass_AnApiOfTheSurface_InTheSurfacesOrder_Once()
    {
        IReadOnlyList<object> handlers = Handlers();
        Assert.True(handlers.Count >= 91, "the emulator serves " + handlers.Count + " APIs");
        Assert.All(handlers, handler => Assert.Equal(handler.GetType().Name, NameOf(handler) + "Api"));
        List<string> names = handlers.Select(NameOf).ToList();
        Assert.Equal(SurfaceFile.Apis.Select(a => a.Name).Where(names.Contains), names);

        // Every class of the emulator that handles an API is in the table: none is left out by hand.
        Type handlerInterface = Internal("ISaeApi");
        Assert.Equal(
            Emulator.GetTypes().Where(t => !t.IsAbstract && handlerInterface.IsAssignableFrom(t)).Select(t => t.Name).Order(StringComparer.Ordinal),
            handlers.Select(h => h.GetType().Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryHandlersAnswer_TakesItsDataInTheShapeTheSurfaceDeclares()
    {
        Type shape = Internal("IAnswerShape");
        Type shapes = typeof(IEnumerable<>).MakeGenericType(shape);
        Assert.All(Handlers(), handler =>
        {
            string name = NameOf(handler);
            MethodInfo answer = handler.GetType().GetMethod("Answer", BindingFlags.NonPublic | BindingFlags.Static)
                ?? throw new Xunit.Sdk.XunitException(name + " has no generated Answer.");
            SurfaceField? declared = SurfaceFile.Api(name).ResponseField("Data");
            Type? data = answer.GetParameters().FirstOrDefault(p => p.Name == "data")?.ParameterType;
            switch (declared?.Type)
            {
                case null:
                    Assert.Null(data);
                    break;
                case "object" when declared.Fields.Count > 0:
                    Assert.True(shape.IsAssignableFrom(data), name + ": " + data);
                    break;
                case "array<object>" when declared.Fields.Count > 0:
                    Assert.True(shapes.IsAssignableFrom(data), name + ": " + data);
                    break;
                case "string":
                    Assert.Equal(typeof(string), data);
                    break;
                case "boolean":
                    Assert.Equal(typeof(bool), data);
                    break;
                default:
                    throw new Xunit.Sdk.XunitException(name + " declares a Data of " + declared.Type + ".");
            }
        });
    }

    [Fact]
    public void OneStructure_IsOneShape_WhereverSaeAnswersIt_TypedAsTheSurfaceTypesIt()
    {
        // A config map is DescribeConfigMap's Data and ListNamespacedConfigMaps' item: one type serves both.
        Type configMap = Internal("DescribeConfigMapData");
        Assert.Equal(typeof(IReadOnlyList<>).MakeGenericType(configMap), Internal("ListNamespacedConfigMapsData").GetProperty("ConfigMaps")!.PropertyType);
        Assert.Equal(typeof(long?), configMap.GetProperty("ConfigMapId")!.PropertyType);
        Assert.Equal(typeof(IReadOnlyList<>).MakeGenericType(configMap.GetNestedType("RelateAppsItem")!), configMap.GetProperty("RelateApps")!.PropertyType);
        Assert.Equal(
            SurfaceFile.Api("DescribeConfigMap").ResponseField("Data")!.Fields.Select(f => f.Name),
            configMap.GetProperties().Select(p => p.Name));
    }

    [Fact]
    public void AnAnswerThatIsNoGeneratedShape_IsRefused()
    {
        MethodInfo of = Internal("SaeResult").GetMethod("Of", BindingFlags.NonPublic | BindingFlags.Static)!;
        var refused = Assert.Throws<TargetInvocationException>(() => of.Invoke(null, [new { ChangeOrderId = "x" }, Array.CreateInstance(of.GetParameters()[1].ParameterType.GetElementType()!, 0)]));
        Assert.Contains("not one of the shapes generated from the surface", refused.InnerException!.Message, StringComparison.Ordinal);
        Assert.Empty(Internal("SaeResult").GetConstructors());
    }

    [Fact]
    public void AnAnswerBuiltFieldByField_IsHeldToTheSurfaceAtEveryDepth()
    {
        var declared = new Dictionary<string, object?>
        {
            ["AppId"] = "a",
            ["Replicas"] = 2,
            ["Tags"] = new[] { new { Key = "team", Value = "web" } },
        };
        Check(declared);

        Assert.Contains("DescribeApplicationConfig.Data.Colour", Refusal(new() { ["Colour"] = "red" }), StringComparison.Ordinal);
        Assert.Contains("DescribeApplicationConfig.Data.Tags[].Colour", Refusal(new() { ["Tags"] = new[] { new { Colour = "red" } } }), StringComparison.Ordinal);
        Assert.Contains("declares it integer", Refusal(new() { ["Replicas"] = "two" }), StringComparison.Ordinal);
    }

    private static void Check(Dictionary<string, object?> fields)
    {
        object answer = Activator.CreateInstance(Internal("FieldAnswer"), [fields])!;
        answer.GetType().GetMethod("Checked", BindingFlags.NonPublic | BindingFlags.Instance)!.Invoke(answer, ["DescribeApplicationConfig"]);
    }

    private static string Refusal(Dictionary<string, object?> fields) =>
        Assert.Throws<TargetInvocationException>(() => Check(fields)).InnerException!.Message;
}
