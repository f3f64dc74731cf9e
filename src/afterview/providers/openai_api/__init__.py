"""The `openai` provider through the official SDK, one job a module; with openai_batch.py the only code
that imports `openai` (lazily):

- writer.py: `OpenAIWriter` (write, repair, revise, dry run) and its `CallRecord`s;
- answers.py: a chat completion read as a draft's answer;
- errors.py: `sdk_errors`, the one place the SDK's exceptions become ours;
- client.py: the SDK client and one request's parameters;
- factory.py: `make_writer` for resolved settings (replay, recording, live) and doctor's `probe`.
"""
