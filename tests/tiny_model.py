#!/usr/bin/env python3
"""Build a tiny, valid, deterministic Argos Translate package (.argosmodel) offline.

Adapted from the team's ``make_tiny_argos_model.py`` so the repository stands on its own: the
tests and the benchmark build their model here, from numpy, and nothing is downloaded. Updated
from that tool's version with ``--from-code`` / ``--from-name``: a package from any source
language into English (its corpus folder should hold text in that language, or its letters are
only byte pieces the gloss mode copies through).

The package holds what argostranslate 1.11 expects of an installed translate package: one
top-level folder with ``metadata.json``, ``sentencepiece.model``, a CTranslate2 ``model/`` and a
rule-based MiniSBD splitter in ``minisbd/`` (so argostranslate never fetches one).

The Transformer is not trained: its weights are set by hand so that decoding COPIES the source
pieces (cross-attention follows position encodings, the value path carries a code per piece, the
output layer reads it back) and stops at </s>. ``mode="identity"`` gives translate(x) == x;
``mode="gloss"`` maps every piece of the source script (Arabic, Cyrillic, Greek, Hebrew...) to a
fixed English piece (deterministic Latin word salad) while digits, punctuation and Latin text
are copied, which is what the pipeline's guards
and glossary masking need to be tested end to end. ``mode="random"`` gives random weights.

Needs only argostranslate's own dependencies: numpy, sentencepiece, ctranslate2.

    python -m tests.tiny_model --seeds seeds -o tiny.argosmodel --mode gloss
    python -m tests.tiny_model --seeds persian-texts --from-code fa \
        --from-name Persian -o tiny-fa_en.argosmodel --mode gloss
    # base-size proxy for benchmarks:
    python -m tests.tiny_model --d-model 512 --enc-layers 6 --dec-layers 6 \\
        --ffn 2048 --pad-vocab 32000 --quantization int8 -o proxy.argosmodel
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import io
import json
import math
import os
import re
import shutil
import tempfile
import time
import zipfile

import numpy as np


def package_dir_name(from_code: str) -> str:
    return f"translate-{from_code}_en-tiny"


PACKAGE_DIR_NAME = package_dir_name("ar")

ENGLISH_TEXT = """\
The editor opened the morning report and read the first article twice.
Our newsroom publishes stories about politics, science, culture and the economy.
Every article is checked by two people before it goes online.
The government announced a new plan to build schools and hospitals in the north.
Officials said the project will cost about two billion dollars over five years.
The minister met with foreign diplomats to discuss trade, energy and security.
Both countries agreed to work together for peace and stability in the region.
Farmers in the valley are worried about the lack of rain this summer.
Prices of bread, rice and oil rose again last month, according to the report.
The central bank kept interest rates unchanged on Tuesday.
Scientists at the university have developed a cheaper way to clean water.
The new method uses sunlight and a thin layer of sand.
Students from many cities took part in the national science competition.
The winning team built a small robot that can sort waste for recycling.
A large crowd gathered in the square to celebrate the national holiday.
The festival will continue until Sunday with music, food and films.
The football team won the final match after a difficult season.
Thousands of fans waited at the airport to welcome the players home.
The president said that the country will continue its balanced foreign policy.
He added that good relations with neighbours are important for the future.
Experts believe that renewable energy will create many new jobs.
Wind and solar power are growing quickly across Asia and Africa.
The company plans to open a new factory and hire local workers.
Translation helps readers understand news from other countries and languages.
This short text was written to give the tokenizer some English words.
It is not a real article, and it does not describe real events.
Please remember that a good translation keeps the meaning of every sentence.
The weather will be sunny and warm tomorrow, with light wind in the evening.
The museum will reopen next week after two years of careful restoration.
Historians say the old city has been a centre of trade for many centuries.
"""

# Sentence-final punctuation for the rule-based MiniSBD model.
SENTENCE_END_CHARS = [".", "!", "?", "\u061f", "\u06d4", "\u2026"]  # . ! ? ؟ ۔ …


# ---------------------------------------------------------------------------
# Corpus and SentencePiece
# ---------------------------------------------------------------------------


def read_corpus(seeds_dir: str) -> list[str]:
    lines: list[str] = []
    files = sorted(glob.glob(os.path.join(seeds_dir, "*.txt")))
    if not files:
        raise SystemExit(f"no *.txt files in {seeds_dir}")
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as f:
            lines += [line.strip() for line in f if line.strip()]
    return lines + [x.strip() for x in ENGLISH_TEXT.splitlines() if x.strip()]


def train_sentencepiece(lines: list[str], vocab_size: int) -> bytes:
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        byte_fallback=True,  # any character round-trips, even unseen ones
        normalization_rule_name="identity",  # no NFKC: identity mode is exact
        remove_extra_whitespaces=False,
        split_digits=True,
        hard_vocab_limit=False,
        num_threads=1,
        input_sentence_size=0,
        shuffle_input_sentence=False,
        minloglevel=2,
    )
    return model.getvalue()


# ---------------------------------------------------------------------------
# Hand-built copy Transformer
# ---------------------------------------------------------------------------


def choose_frequencies(k: int, max_len: int, seed: int) -> tuple[np.ndarray, float]:
    """Pick K angular frequencies so that sum_k cos(w_k * d) stays well below K
    for every offset 1 <= d < max_len (sharp position-matching attention)."""
    rng = np.random.default_rng(seed)
    d = np.arange(1, max_len, dtype=np.float64)
    best_gap, best_w = -1.0, None
    for _ in range(400):
        w = np.sort(rng.uniform(0.05, math.pi, k))
        gap = k - float(np.max(np.cos(np.outer(d, w)).sum(axis=1)))
        if gap > best_gap:
            best_gap, best_w = gap, w
    return best_w, best_gap


def sign_codes(n: int, dim: int, max_cos: float, seed: int) -> tuple[np.ndarray, float]:
    """n unit vectors with entries +-1/sqrt(dim) (exact under int8 quantization)
    and pairwise cosine <= max_cos, chosen greedily from a seeded generator."""
    rng = np.random.default_rng(seed)
    codes = np.empty((n, dim), dtype=np.int32)
    count, tries = 0, 0
    limit = int(math.floor(max_cos * dim))
    while count < n:
        cand = rng.integers(0, 2, size=(256, dim), dtype=np.int32) * 2 - 1
        for c in cand:
            tries += 1
            if count == 0 or int(np.max(codes[:count] @ c)) <= limit:
                codes[count] = c
                count += 1
                if count == n:
                    break
        if tries > 200 * n + 100000:
            raise RuntimeError("could not find enough codes; raise d_model")
    gram = codes @ codes.T
    np.fill_diagonal(gram, -dim)
    worst = float(gram.max()) / dim if n > 1 else 0.0
    return codes.astype(np.float32) / math.sqrt(dim), worst


def piece_kind(piece: str) -> str:
    if re.search(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]", piece):
        return "arabic"
    if re.search(r"[\u0370-\u03FF\u0400-\u052F\u0590-\u05FF\u0900-\u097F\u0E00-\u0E7F]", piece):
        return "arabic"  # any other source script (Greek, Cyrillic, Hebrew...) is glossed alike
    if re.fullmatch(r"\u2581?[A-Za-z]{2,}", piece):
        return "english"
    return "other"


def gloss_mapping(pieces: list[str]) -> list[int]:
    """Deterministic Arabic-piece -> English-piece map (keeps word-start marks)."""
    eng_start = [
        i for i, p in enumerate(pieces) if piece_kind(p) == "english" and p.startswith("\u2581")
    ]
    eng_cont = [
        i for i, p in enumerate(pieces) if piece_kind(p) == "english" and not p.startswith("\u2581")
    ]
    mapping = list(range(len(pieces)))
    for i, p in enumerate(pieces):
        if piece_kind(p) != "arabic":
            continue
        pool = eng_start if p.startswith("\u2581") else (eng_cont or eng_start)
        h = int(hashlib.sha256(p.encode("utf-8")).hexdigest()[:12], 16)
        mapping[i] = pool[h % len(pool)]
    return mapping


def build_copy_transformer(
    vocab: list[str],
    mapping: list[int],
    d_model: int,
    num_heads: int,
    layers: tuple[int, int],
    ffn: int,
    max_len: int,
    seed: int,
):
    """Return a ctranslate2 TransformerSpec whose decoding copies source piece s
    as target piece mapping[s], then emits </s>."""
    from ctranslate2.specs import transformer_spec

    V, D, H = len(vocab), d_model, num_heads
    hd = D // H
    K = 8  # position frequencies -> 2K dims
    P = 2 * K
    T = min(hd, D - P - 1)  # code dims (value head 0 must hold them)
    if T < 24 or D % H:
        raise SystemExit("d_model too small (need >= 48 and divisible by heads)")
    tok = slice(P, P + T)
    junk = D - 1  # carries the (constant) target embedding

    freqs, gap = choose_frequencies(K, max_len, seed)
    pos = np.arange(max_len, dtype=np.float64)[:, None] * freqs[None, :]
    pe = np.zeros((max_len, D), dtype=np.float32)
    pe[:, 0:P:2] = np.sin(pos)
    pe[:, 1:P:2] = np.cos(pos)

    targets = sorted(set(mapping))
    codes_t, worst_cos = sign_codes(len(targets), T, 0.55, seed + 1)
    code = np.zeros((V, T), dtype=np.float32)  # code of each target id (0 for padding ids)
    for j, t in enumerate(targets):
        code[t] = codes_t[j]
    mapping = np.array(list(mapping) + [V - 1] * (V - len(mapping)))  # padding ids: never input

    rms_enc = math.sqrt(2 * K / D)  # ||emb + pe||^2 = K + K
    rms_dec = math.sqrt(2 * K / D)  # ||junk + pe||^2 = K + K
    rms_fin = math.sqrt(3 * K / D)  # + copied code (norm sqrt(K))
    a = math.sqrt(K)

    # attention score gap (correct vs best wrong position) = alpha*gap*/(rms^2*sqrt(hd))
    alpha = 40.0 * rms_enc * rms_dec * math.sqrt(hd) / gap
    # logit gap (correct vs best wrong piece) ~ beta*sqrt(K)/rms_fin*(1-worst_cos)
    beta = 30.0 * rms_fin / (math.sqrt(K) * max(1e-3, 1.0 - worst_cos))

    spec = transformer_spec.TransformerSpec.from_config(layers, H, pre_norm=True, rms_norm=True)
    spec.config.add_source_eos = True

    def zeros(*shape):
        return np.zeros(shape, dtype=np.float32)

    def ones(n):
        return np.ones(n, dtype=np.float32)

    enc, dec = spec.encoder, spec.decoder
    src_emb = zeros(V, D)
    src_emb[:, tok] = a * code[mapping]  # source s carries code(mapping[s])
    enc.embeddings[0].weight = src_emb
    enc.scale_embeddings = False
    enc.position_encodings.encodings = pe
    enc.layer_norm.gamma = ones(D)
    for layer in enc.layer:  # identity layers
        layer.self_attention.layer_norm.gamma = ones(D)
        layer.self_attention.linear[0].weight = zeros(3 * D, D)
        layer.self_attention.linear[1].weight = zeros(D, D)
        layer.ffn.layer_norm.gamma = ones(D)
        layer.ffn.linear_0.weight = zeros(ffn, D)
        layer.ffn.linear_1.weight = zeros(D, ffn)

    tgt_emb = zeros(V, D)
    tgt_emb[:, junk] = math.sqrt(K)  # decoder input is ignored
    dec.embeddings.weight = tgt_emb
    dec.scale_embeddings = False
    dec.position_encodings.encodings = pe
    dec.layer_norm.gamma = ones(D)
    proj = zeros(V, D)
    proj[:, tok] = beta * code
    dec.projection.weight = proj
    for li, layer in enumerate(dec.layer):
        layer.self_attention.layer_norm.gamma = ones(D)
        layer.self_attention.linear[0].weight = zeros(3 * D, D)
        layer.self_attention.linear[1].weight = zeros(D, D)
        layer.ffn.layer_norm.gamma = ones(D)
        layer.ffn.linear_0.weight = zeros(ffn, D)
        layer.ffn.linear_1.weight = zeros(D, ffn)
        att = layer.attention
        att.layer_norm.gamma = ones(D)
        wq, wk, wv, wo = zeros(D, D), zeros(D, D), zeros(D, D), zeros(D, D)
        if li == len(dec.layer) - 1:  # only the last layer copies
            wq[np.arange(P), np.arange(P)] = alpha  # head 0: position match
            wk[np.arange(P), np.arange(P)] = 1.0
            wv[np.arange(T), np.arange(P, P + T)] = 1.0  # head 0 value = code dims
            wo[np.arange(P, P + T), np.arange(T)] = rms_enc
        att.linear[0].weight = wq
        att.linear[1].weight = np.concatenate([wk, wv])
        att.linear[2].weight = wo

    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    info = dict(
        d_model=D,
        heads=H,
        layers=list(layers),
        ffn=ffn,
        vocab=V,
        pos_gap=round(gap, 3),
        code_dims=T,
        max_code_cos=round(worst_cos, 3),
        alpha=round(alpha, 3),
        beta=round(beta, 3),
    )
    return spec, info


def build_random_transformer(
    vocab: list[str],
    d_model: int,
    num_heads: int,
    layers: tuple[int, int],
    ffn: int,
    seed: int,
    eos_bias: float,
):
    """Plain random weights (what 'a random tiny model' does) for comparison."""
    from ctranslate2.specs import transformer_spec

    rng = np.random.default_rng(seed)
    V, D = len(vocab), d_model

    def rnd(*shape, scale=0.2):
        return (rng.standard_normal(shape) * scale).astype(np.float32)

    spec = transformer_spec.TransformerSpec.from_config(layers, num_heads, pre_norm=True)
    for emb_spec in (spec.encoder.embeddings[0], spec.decoder.embeddings):
        emb_spec.weight = rnd(V, D, scale=1.0 / math.sqrt(D))
    for part in (spec.encoder, spec.decoder):
        part.layer_norm.gamma = np.ones(D, np.float32)
        part.layer_norm.beta = np.zeros(D, np.float32)
        for layer in part.layer:
            norms = [layer.self_attention.layer_norm, layer.ffn.layer_norm]
            layer.self_attention.linear[0].weight = rnd(3 * D, D)
            layer.self_attention.linear[1].weight = rnd(D, D)
            if hasattr(layer, "attention"):
                norms.append(layer.attention.layer_norm)
                layer.attention.linear[0].weight = rnd(D, D)
                layer.attention.linear[1].weight = rnd(2 * D, D)
                layer.attention.linear[2].weight = rnd(D, D)
            layer.ffn.linear_0.weight = rnd(ffn, D)
            layer.ffn.linear_1.weight = rnd(D, ffn)
            for n in norms:
                n.gamma = np.ones(D, np.float32)
                n.beta = np.zeros(D, np.float32)
    spec.decoder.projection.weight = rnd(V, D)
    bias = np.zeros(V, np.float32)
    bias[vocab.index("</s>")] = eos_bias
    spec.decoder.projection.bias = bias
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    return spec, dict(
        d_model=D, heads=num_heads, layers=list(layers), ffn=ffn, vocab=V, eos_bias=eos_bias
    )


# ---------------------------------------------------------------------------
# Rule-based MiniSBD model, written as ONNX protobuf by hand (no onnx package)
# ---------------------------------------------------------------------------


def _varint(n: int) -> bytes:
    if n < 0:
        n += 1 << 64
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _key(field: int, wire: int) -> bytes:
    return _varint((field << 3) | wire)


def _int(field: int, value: int) -> bytes:
    return _key(field, 0) + _varint(value)


def _bytes(field: int, value) -> bytes:
    if isinstance(value, str):
        value = value.encode("utf-8")
    return _key(field, 2) + _varint(len(value)) + value


def _tensor(name: str, array: np.ndarray) -> bytes:
    dtype = {np.dtype(np.float32): 1, np.dtype(np.int64): 7}[array.dtype]
    out = b"".join(_int(1, d) for d in array.shape)
    out += _int(2, dtype) + _bytes(8, name)
    out += _bytes(9, np.ascontiguousarray(array).astype(array.dtype.newbyteorder("<")).tobytes())
    return out


def _value_info(name: str, elem_type: int, dims: list) -> bytes:
    shape = b"".join(_bytes(1, _bytes(2, d) if isinstance(d, str) else _int(1, d)) for d in dims)
    tensor_type = _int(1, elem_type) + _bytes(2, shape)
    return _bytes(1, name) + _bytes(2, _bytes(1, tensor_type))


def _node(op: str, inputs: list[str], outputs: list[str], name: str) -> bytes:
    return (
        b"".join(_bytes(1, i) for i in inputs)
        + b"".join(_bytes(2, o) for o in outputs)
        + _bytes(3, name)
        + _bytes(4, op)
    )


def build_minisbd_onnx(from_code: str = "ar") -> bytes:
    """Characters -> 3 classes (0 inside token, 1 token end, 2 sentence end).
    Sentence end = SENTENCE_END_CHARS followed by a space or the end of text."""
    id2unit = ["<PAD>", "<UNK>", " "] + SENTENCE_END_CHARS
    V = len(id2unit)
    base = np.zeros((V, 3), np.float32)
    base[:, 1] = 1.0  # every character ends a token
    base[2] = [1.0, 0.0, 0.0]  # space: inside (skipped by MiniSBD)
    punct = np.zeros((V, 1), np.float32)
    punct[3:, 0] = 1.0
    spaceish = np.zeros((V, 1), np.float32)
    spaceish[0, 0] = spaceish[2, 0] = 1.0  # PAD (end of paragraph) or space
    bonus = np.array([0.0, 0.0, 2.0], np.float32)

    inits = [
        _tensor("base", base),
        _tensor("punct", punct),
        _tensor("spaceish", spaceish),
        _tensor("bonus", bonus),
        _tensor("starts", np.array([1], np.int64)),
        _tensor("ends", np.array([2**62], np.int64)),
        _tensor("axes", np.array([1], np.int64)),
        _tensor("pads", np.array([0, 0, 0, 1], np.int64)),
    ]
    nodes = [
        _node("Slice", ["units", "starts", "ends", "axes"], ["next0"], "shift"),
        _node("Pad", ["next0", "pads"], ["next_units"], "pad"),  # pads with 0 = <PAD>
        _node("Gather", ["base", "units"], ["base_logits"], "g_base"),
        _node("Gather", ["punct", "units"], ["is_punct"], "g_punct"),
        _node("Gather", ["spaceish", "next_units"], ["next_space"], "g_next"),
        _node("Mul", ["is_punct", "next_space"], ["is_end"], "and"),
        _node("Mul", ["is_end", "bonus"], ["end_logits"], "scale"),
        _node("Add", ["base_logits", "end_logits"], ["logits"], "sum"),
    ]
    graph = b"".join(_bytes(1, n) for n in nodes) + _bytes(2, "rule_sbd")
    graph += b"".join(_bytes(5, t) for t in inits)
    graph += _bytes(11, _value_info("units", 7, ["batch", "time"]))
    graph += _bytes(11, _value_info("features", 1, ["batch", "time", "feats"]))
    graph += _bytes(12, _value_info("logits", 1, ["batch", "time", 3]))

    config = {
        "skip_newline": False,
        "max_seqlen": 1000,
        "no_ssplit": False,
        "batch_size": 32,
        "feat_funcs": [],
        "use_dictionary": False,
        "num_dict_feat": 0,
    }
    vocab = {
        "lang": from_code,
        "idx": 0,
        "cutoff": 0,
        "lower": False,
        "_id2unit": id2unit,
        "_unit2id": {u: i for i, u in enumerate(id2unit)},
    }
    meta = {
        "lang_code": from_code,
        "config": json.dumps(config),
        "vocab": json.dumps(vocab, ensure_ascii=False),
        "lexicon": "null",
    }
    model = _int(1, 8)  # ir_version
    model += _bytes(2, "make_tiny_argos_model")
    model += _bytes(7, graph)
    model += _bytes(8, _bytes(1, "") + _int(2, 13))  # opset 13
    model += b"".join(_bytes(14, _bytes(1, k) + _bytes(2, v)) for k, v in meta.items())
    return model


# ---------------------------------------------------------------------------
# Package
# ---------------------------------------------------------------------------


def write_zip(src_dir: str, out_path: str) -> None:
    """Deterministic zip: sorted entries, fixed timestamps, one top-level folder."""
    root = os.path.dirname(src_dir.rstrip("/"))
    entries = []
    for dirpath, dirnames, filenames in os.walk(src_dir):
        dirnames.sort()
        for fn in sorted(filenames):
            entries.append(os.path.join(dirpath, fn))
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for path in sorted(entries):
            arc = os.path.relpath(path, root).replace(os.sep, "/")
            zi = zipfile.ZipInfo(arc, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            with open(path, "rb") as f:
                z.writestr(zi, f.read())


def build(args) -> dict:
    import sentencepiece as spm

    t0 = time.perf_counter()
    lines = read_corpus(args.seeds)
    sp_bytes = train_sentencepiece(lines, args.vocab_size)
    sp = spm.SentencePieceProcessor(model_proto=sp_bytes)
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    assert pieces[:3] == ["<unk>", "<s>", "</s>"], pieces[:3]
    # Optional unused ids after the real pieces, to give the output layer a realistic size
    # for benchmarks (real Argos models have ~30k+ pieces).
    vocab = pieces + [f"<unused_{i}>" for i in range(max(0, args.pad_vocab - len(pieces)))]

    layers = (args.enc_layers, args.dec_layers)
    if args.mode == "random":
        spec, info = build_random_transformer(
            vocab, args.d_model, args.heads, layers, args.ffn, args.seed, args.eos_bias
        )
    else:
        mapping = gloss_mapping(pieces) if args.mode == "gloss" else list(range(len(pieces)))
        spec, info = build_copy_transformer(
            vocab, mapping, args.d_model, args.heads, layers, args.ffn, args.max_len, args.seed
        )

    work = tempfile.mkdtemp(prefix="tiny_argos_")
    try:
        pkg = os.path.join(work, package_dir_name(args.from_code))
        os.makedirs(os.path.join(pkg, "model"))
        spec.validate()
        spec.optimize(quantization=None if args.quantization == "float32" else args.quantization)
        spec.save(os.path.join(pkg, "model"))
        with open(os.path.join(pkg, "sentencepiece.model"), "wb") as f:
            f.write(sp_bytes)
        os.makedirs(os.path.join(pkg, "minisbd"))
        with open(os.path.join(pkg, "minisbd", f"{args.from_code}-rules.onnx"), "wb") as f:
            f.write(build_minisbd_onnx(args.from_code))
        metadata = {
            "package_version": args.package_version,
            "argos_version": "1.11.0",
            "from_code": args.from_code,
            "from_name": args.from_name,
            "to_code": "en",
            "to_name": "English",
            "type": "translate",
            "code": args.code or f"translate-{args.from_code}_en-tiny",
            "links": [],
        }
        with open(os.path.join(pkg, "metadata.json"), "w", encoding="utf-8") as f:
            json.dump(metadata, f, indent=2, sort_keys=True)
            f.write("\n")
        with open(os.path.join(pkg, "README.md"), "w", encoding="utf-8") as f:
            f.write(
                f"# Tiny {args.from_code}->en test package (NOT a real translation model)\n\n"
                f"Built offline by make_tiny_argos_model.py, mode={args.mode}.\n"
                f"Model: {json.dumps(info, sort_keys=True)}\n"
            )
        out = os.path.abspath(args.output)
        write_zip(pkg, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    info.update(
        mode=args.mode,
        quantization=args.quantization,
        output=out,
        size_bytes=os.path.getsize(out),
        build_seconds=round(time.perf_counter() - t0, 2),
        sha256=_sha256(out),
    )
    return info


def _sha256(path: str) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


DEFAULTS = dict(seeds="seeds", mode="identity", vocab_size=800, d_model=64, heads=1,
                enc_layers=1, dec_layers=1, ffn=64, pad_vocab=0, max_len=1100,
                quantization="float32", eos_bias=0.0, seed=1234, package_version="0.0.1",
                code="", from_code="ar", from_name="Arabic")


def build_package(output: str, **options) -> dict:
    """Build a package file at ``output``; options as the command line's (underscored)."""
    unknown = set(options) - set(DEFAULTS)
    if unknown:
        raise TypeError(f"unknown options: {sorted(unknown)}")
    return build(argparse.Namespace(**(DEFAULTS | options), output=str(output)))


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("-o", "--output", default="tiny-ar_en.argosmodel")
    for name, value in DEFAULTS.items():
        flag = "--" + name.replace("_", "-")
        if name == "mode":
            ap.add_argument(flag, choices=["identity", "gloss", "random"], default=value)
        elif name == "quantization":
            # argostranslate's ARGOS_COMPUTE_TYPE=auto still runs int8 on CPU
            ap.add_argument(flag, choices=["float32", "float16", "int8"], default=value)
        else:
            ap.add_argument(flag, type=type(value), default=value)
    info = build(ap.parse_args())
    print(json.dumps(info, indent=1))


if __name__ == "__main__":
    main()
