#!/usr/bin/env python3
"""A local SMTP server that accepts every mail and keeps none: the mail server of the daily-run benchmark.

    python3 bench/daily-run/smtp_sink.py PORT

It answers every command with one whole line in one write (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), as a real mail
server does, and counts the mails it accepted (printed on SIGTERM). GreenMail, the sink of the integration tests,
writes its replies in pieces; with Nagle's algorithm on its side and delayed acknowledgements on the client's, each
reply then waits about 40 ms, some 230 ms a mail: a figure of the sink, not of the register.
"""
import asyncio
import signal
import sys

accepted = 0


async def session(reader, writer):
    global accepted
    writer.write(b'220 sink ESMTP\r\n')
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            verb = line[:4].upper()
            if verb == b'EHLO':
                writer.write(b'250-sink\r\n250-8BITMIME\r\n250 SIZE 10485760\r\n')
            elif verb == b'HELO':
                writer.write(b'250 sink\r\n')
            elif verb == b'DATA':
                writer.write(b'354 go ahead\r\n')
                await writer.drain()
                while True:
                    data = await reader.readline()
                    if not data or data == b'.\r\n':
                        break
                accepted += 1
                writer.write(b'250 2.0.0 accepted\r\n')
            elif verb == b'QUIT':
                writer.write(b'221 bye\r\n')
                await writer.drain()
                break
            else:
                writer.write(b'250 ok\r\n')
            await writer.drain()
    except ConnectionError:
        pass  # the readiness probe of bench/lib.sh connects and goes
    finally:
        writer.close()


async def main(port):
    server = await asyncio.start_server(session, '127.0.0.1', port)
    stop = asyncio.get_running_loop().create_future()
    for sig in (signal.SIGTERM, signal.SIGINT):
        asyncio.get_running_loop().add_signal_handler(sig, stop.set_result, None)
    async with server:
        await stop
    print(f'accepted {accepted} mails', flush=True)


if __name__ == '__main__':
    asyncio.run(main(int(sys.argv[1])))
