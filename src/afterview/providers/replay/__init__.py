"""Record and replay LLM traffic as an `httpx2` transport handed to the real `OpenAI(http_client=…)`.

- keys.py: a request as stored and the key its file is named by (canonical body, uploads by hash);
- fixtures.py: the fixture files (write, read checked, the nearest recording to a miss);
- transport.py: `RecordingTransport`, `ReplayTransport` and `DryRunTransport`.
"""
