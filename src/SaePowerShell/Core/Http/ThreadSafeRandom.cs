using System;

namespace SaePowerShell.Core.Http;

/// <summary>Random numbers for jitter; System.Random is not thread-safe and netstandard2.0 has no Random.Shared.</summary>
internal static class ThreadSafeRandom
{
    private static readonly Random Seed = new Random();

    [ThreadStatic]
    private static Random? _local;

    public static double NextDouble()
    {
        if (_local is null)
        {
            int seed;
            lock (Seed)
            {
                seed = Seed.Next();
            }

            _local = new Random(seed);
        }

        return _local.NextDouble();
    }
}
