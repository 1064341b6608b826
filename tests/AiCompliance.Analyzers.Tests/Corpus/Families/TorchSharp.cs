// family: TorchSharp
// TorchSharp: an nn.Module network is the model; tensors are data; layers nested in (or composed into) a network are
// covered by the network; optimisers, losses and training loops that drive a network use it.
using System;
using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MnistDemo
{
    // expect: report — the network: a Module with its layers
    public sealed class MnistNet : nn.Module<Tensor, Tensor>
    {
        private readonly Conv2d _conv1 = nn.Conv2d(1, 32, 3);
        private readonly ConvBlock _block = new(32, 64);
        private readonly Linear _fc = nn.Linear(9216, 10);

        public MnistNet() : base(nameof(MnistNet)) => RegisterComponents();

        public override Tensor forward(Tensor input) => _fc.forward(_block.forward(nn.functional.relu(_conv1.forward(input))).view(-1, 9216));
    }

    // expect: none — a layer composed into MnistNet; covered by its network
    public sealed class ConvBlock : nn.Module<Tensor, Tensor>
    {
        private readonly Conv2d _conv = nn.Conv2d(32, 64, 3);
        private readonly Dropout _dropout = nn.Dropout(0.25);

        public ConvBlock(long input, long output) : base(nameof(ConvBlock)) => RegisterComponents();

        public override Tensor forward(Tensor input) => _dropout.forward(nn.functional.relu(_conv.forward(input)));
    }

    // expect: report — a transformer network whose layers are nested classes
    public sealed class TinyTransformer : nn.Module<Tensor, Tensor>
    {
        private readonly Embedding _embedding = nn.Embedding(32000, 256);
        private readonly Block _block = new();

        public TinyTransformer() : base(nameof(TinyTransformer)) => RegisterComponents();

        public override Tensor forward(Tensor input) => _block.forward(_embedding.forward(input));

        // expect: none — a nested layer of TinyTransformer; covered by its network
        private sealed class Block : nn.Module<Tensor, Tensor>
        {
            private readonly LayerNorm _norm = nn.LayerNorm(256);
            private readonly FeedForward _ff = new();

            public Block() : base(nameof(Block)) => RegisterComponents();

            public override Tensor forward(Tensor input) => input + _ff.forward(_norm.forward(input));
        }

        // expect: none — a nested feed-forward layer; covered by its network
        private sealed class FeedForward : nn.Module<Tensor, Tensor>
        {
            private readonly Linear _up = nn.Linear(256, 1024);
            private readonly Linear _down = nn.Linear(1024, 256);

            public FeedForward() : base(nameof(FeedForward)) => RegisterComponents();

            public override Tensor forward(Tensor input) => _down.forward(nn.functional.gelu(_up.forward(input)));
        }
    }

    // expect: report — a small standalone regression network used on its own
    public sealed class PricePredictor : nn.Module<Tensor, Tensor>
    {
        private readonly Sequential _layers = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 1));

        public PricePredictor() : base(nameof(PricePredictor)) => RegisterComponents();

        public override Tensor forward(Tensor input) => _layers.forward(input);
    }

    // expect: report — the training loop: drives the network, its optimiser and loss
    public sealed class Trainer(MnistNet model)
    {
        private readonly Adam _optimizer = optim.Adam(model.parameters(), 0.001);
        private readonly CrossEntropyLoss _loss = nn.CrossEntropyLoss();

        public float Step(Tensor images, Tensor labels)
        {
            _optimizer.zero_grad();
            using var loss = _loss.call(model.forward(images), labels);
            loss.backward();
            _optimizer.step();
            return loss.ToSingle();
        }
    }

    // expect: report — inference service that loads saved weights into the network
    public sealed class DigitRecognizer
    {
        private readonly MnistNet _model = new();

        public DigitRecognizer(string weights) => _model.load(weights).eval();

        public long Recognise(Tensor image)
        {
            using var _ = no_grad();
            return _model.forward(image).argmax(1).ToInt64();
        }
    }

    // expect: none — reads MNIST files into tensors; tensors are data
    public sealed class MnistReader
    {
        public IEnumerable<(Tensor Images, Tensor Labels)> Batches(float[] pixels, float[] labels, int batchSize)
        {
            for (var i = 0; i + batchSize <= labels.Length; i += batchSize)
            {
                yield return (tensor(pixels[(i * 784)..((i + batchSize) * 784)], [batchSize, 1, 28, 28]), tensor(labels[i..(i + batchSize)]));
            }
        }
    }

    // expect: none — tensor helpers (normalise, device moves); data operations only
    public static class TensorExtensions
    {
        public static Tensor Normalise(this Tensor tensor) => tensor.softmax(1);
        public static Tensor ToBestDevice(this Tensor tensor) => tensor.to(cuda.is_available() ? CUDA : CPU);
    }

    // expect: none — hyper-parameters as configuration values
    public sealed class TrainingOptions
    {
        public int Epochs { get; set; } = 10;
        public int BatchSize { get; set; } = 64;
        public double LearningRate { get; set; } = 0.001;
    }

    // expect: none — accuracy bookkeeping over predicted and true labels; plain numbers
    public sealed class AccuracyMeter
    {
        private long _correct;
        private long _total;

        public void Add(long predicted, long actual)
        {
            _total++;
            if (predicted == actual)
            {
                _correct++;
            }
        }

        public double Accuracy => _total == 0 ? 0 : (double)_correct / _total;
    }

    // expect: none — a training progress record for the log
    public sealed record EpochResult(int Epoch, float Loss, double Accuracy);

    // expect: report — exports a trained network: holds and saves the Module
    public static class ModelExporter
    {
        public static void Save(nn.Module model, string path) => model.save(path);
    }
}
