// The baseline for the first-frame benchmark: the smallest Ink app that draws and waits for
// a key, bundled with the same settings as tradetalks.
import { render, Text, useApp, useInput } from 'ink';

const Hello = () => {
  const { exit } = useApp();
  useInput((input) => {
    if (input === 'q') exit();
  });
  return <Text>Hello, world</Text>;
};

render(<Hello />);
