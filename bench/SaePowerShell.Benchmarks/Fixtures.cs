using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SaePowerShell.Core.Batching;

namespace SaePowerShell.Benchmarks;

/// <summary>The inputs the benchmarks share: application ids, namespaces, and a ListApplications answer as SAE writes it.</summary>
internal static class Fixtures
{
    public const string AccessKeyId = "LTAI5tSaeBenchmarkKey";
    public const string AccessKeySecret = "SaeBenchmarkSecretForLocalUseOnly";

    /// <summary>A GUID-shaped id, as SAE's application ids are: the namespace in the first group, the application in the last.</summary>
    public static string AppId(int namespaceIndex, int appIndex) =>
        namespaceIndex.ToString("x8", CultureInfo.InvariantCulture) + "-0000-4000-8000-" + appIndex.ToString("x12", CultureInfo.InvariantCulture);

    public static string NamespaceId(int namespaceIndex) =>
        (namespaceIndex % 2 == 0 ? "cn-hangzhou" : "cn-shanghai") + ":bench" + namespaceIndex.ToString("00", CultureInfo.InvariantCulture);

    /// <summary><paramref name="count"/> targets spread round-robin over <paramref name="namespaces"/> namespaces, as a pipeline of mixed applications brings them.</summary>
    public static List<AppTarget> Targets(int count, int namespaces)
    {
        var targets = new List<AppTarget>(count);
        for (int i = 0; i < count; i++)
        {
            int ns = i % namespaces;
            string appId = AppId(ns, i);
            string namespaceId = NamespaceId(ns);
            var input = new SaeApplication { AppId = appId, AppName = "app-" + i.ToString(CultureInfo.InvariantCulture), NamespaceId = namespaceId };
            targets.Add(new AppTarget(appId, namespaceId, null, input));
        }

        return targets;
    }

    /// <summary>
    /// One page of ListApplications (2019-05-06) with <paramref name="count"/> applications, with the fields SAE sends
    /// (the parser reads some of them and skips the rest), tags on every other application.
    /// </summary>
    public static string ListApplicationsBody(int count)
    {
        var json = new StringBuilder(count * 700);
        json.Append("{\"RequestId\":\"91F93257-7A4A-4BD3-9A7E-2F6EAE6D1234\",\"Code\":\"200\",\"Message\":\"success\",\"Success\":true,")
            .Append("\"TraceId\":\"0a98a02315955564772843261e9fd5\",\"CurrentPage\":1,\"PageSize\":100,\"TotalSize\":").Append(count).Append(',')
            .Append("\"Data\":{\"CurrentPage\":1,\"PageSize\":100,\"TotalSize\":").Append(count).Append(",\"Applications\":[");
        for (int i = 0; i < count; i++)
        {
            int ns = i % 4;
            if (i > 0)
            {
                json.Append(',');
            }

            json.Append("{\"AppId\":\"").Append(AppId(ns, i)).Append("\",")
                .Append("\"AppName\":\"service-").Append(i).Append("\",")
                .Append("\"AppDescription\":\"Order processing service number ").Append(i).Append(" (Java 17, Spring Boot)\",")
                .Append("\"NamespaceId\":\"").Append(NamespaceId(ns)).Append("\",")
                .Append("\"NamespaceName\":\"bench").Append(ns).Append("\",")
                .Append("\"RegionId\":\"").Append(ns % 2 == 0 ? "cn-hangzhou" : "cn-shanghai").Append("\",")
                .Append("\"RunningInstances\":").Append(i % 3).Append(",\"Instances\":2,")
                .Append("\"AppDeletingStatus\":false,\"ScaleRuleEnabled\":false,\"ScaleRuleType\":\"\",")
                .Append("\"AppType\":\"Image\",\"PackageType\":\"Image\",\"ProgrammingLanguage\":\"java\",")
                .Append("\"ImageUrl\":\"registry-vpc.cn-hangzhou.aliyuncs.com/bench/service-").Append(i).Append(":1.4.2\",")
                .Append("\"Cpu\":1000,\"Mem\":2048,\"BaseAppId\":\"\",\"MseAppId\":\"\",\"EnableIdle\":false,\"Children\":[],")
                .Append("\"Tags\":[");
            if (i % 2 == 0)
            {
                json.Append("{\"Key\":\"team\",\"Value\":\"payments\"},{\"Key\":\"env\",\"Value\":\"prod\"}");
            }

            json.Append("]}");
        }

        json.Append("]}}");
        return json.ToString();
    }
}
