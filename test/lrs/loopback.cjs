// Preloaded into the LRS process (`node -r`): its server calls `listen(port)`, which would accept
// connections on every interface; the tests' LRS answers on 127.0.0.1 only.
const net = require('node:net');

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && (args.length === 1 || typeof args[1] === 'function')) args.splice(1, 0, '127.0.0.1');
  return listen.apply(this, args);
};
