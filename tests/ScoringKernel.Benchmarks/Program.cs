using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ScoringKernel.Benchmarks.KernelVsReference).Assembly).Run(args);
