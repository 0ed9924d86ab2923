// `npm start`: serves the playground on PORT (default 8080); `npm start -- --reset` starts over with demo data.
import { startPlayground } from './playground';

async function main(): Promise<void> {
  const reset = process.argv.includes('--reset');
  const port = Number(process.env.PORT ?? 8080);
  const playground = await startPlayground({ port, reset });
  console.log(
    `Песочница «Наставничество»: ${playground.url}${reset ? ' (начато заново с демонстрационными данными)' : ''}`,
  );
  console.log('Остановить: Ctrl+C. Состояние сохраняется в .playground/state.json.');
  const stop = () => void playground.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
